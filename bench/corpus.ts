// A synthetic Arabic news corpus for benchmarks: articles of 4–9 paragraphs mixing the seed
// articles' own sentences, news sentence templates filled with place names drawn from the
// compiled gazetteer (with proclitics and qualifiers, as real reporting writes them), and
// filler sentences that name no place. Deterministic for a given seed and gazetteer, written
// as one UTF-8 file per article under bench/out/ (gitignored) and reused while its manifest
// matches. Usable by any benchmark: `ensureCorpus({ megabytes: 50 })`.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import type { PlaceRecord } from '../src/gazetteer/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATOR_VERSION = 1;

export interface CorpusOptions {
  /** Total size to reach, in MB (10^6 bytes of UTF-8). */
  megabytes: number;
  seed?: number;
  /** Defaults to bench/out/corpus-<MB>mb-<seed>. */
  dir?: string;
}

export interface Corpus {
  dir: string;
  /** Article paths, relative to the repository root. */
  files: string[];
  bytes: number;
}

interface Manifest {
  version: number;
  megabytes: number;
  seed: number;
  gazetteer: string;
  files: string[];
  bytes: number;
}

/** The corpus for these options, generated unless an identical one is already on disk. */
export function ensureCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 1;
  const dir = options.dir ?? join(ROOT, 'bench', 'out', `corpus-${options.megabytes}mb-${seed}`);
  const gazetteerHash = String((JSON.parse(readFileSync(join(ROOT, 'static', 'gazetteer.json'), 'utf8')) as { inputs_sha256?: string }).inputs_sha256);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (m.version === GENERATOR_VERSION && m.megabytes === options.megabytes && m.seed === seed && m.gazetteer === gazetteerHash) {
      return { dir, files: m.files, bytes: m.bytes };
    }
  }
  // Build in a sibling temp directory and rename it into place, so a half-written corpus is
  // never mistaken for a finished one.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const generate = articleGenerator(seed);
  const encoder = new TextEncoder();
  const target = options.megabytes * 1e6;
  const names: string[] = [];
  let bytes = 0;
  while (bytes < target) {
    const name = `article-${String(names.length).padStart(6, '0')}.txt`;
    const data = encoder.encode(generate());
    writeFileSync(join(tmp, name), data);
    names.push(name);
    bytes += data.length;
  }
  const files = names.map((n) => join(dir, n).slice(ROOT.length));
  const manifest: Manifest = { version: GENERATOR_VERSION, megabytes: options.megabytes, seed, gazetteer: gazetteerHash, files, bytes };
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  return { dir, files, bytes };
}

/** mulberry32: small, fast, good enough for picking sentences. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Slots: {L} Libyan place, {C} country, {W} world city, {D} direction word, {K} a distance,
// {N} a number, {P} a person or office. Proclitics are added when filling {L}/{C}/{W}.
const TEMPLATES = [
  'أفادت مصادر محلية في {L} بوقوع اشتباكات متقطعة بين قوات الطرفين منذ ساعات الصباح الأولى.',
  'وصل وفد حكومي رفيع إلى {L} قادما من {L} لبحث ترتيبات إعادة فتح الطريق الساحلي.',
  'قال {P} إن القوات المتمركزة {D} {L} لن تنسحب قبل التوصل إلى اتفاق شامل.',
  'سقطت قذائف على أحياء سكنية على بعد {K} {D} {L} دون أن تسجل إصابات بين المدنيين.',
  'استقبل {P} في {W} نظيره القادم من {C} لبحث تطورات الأزمة في {C}.',
  'وأكدت وزارة الخارجية في {C} دعمها لمسار الحوار الذي ترعاه الأمم المتحدة في {W}.',
  'وتستضيف مدينة {W} الأسبوع المقبل جولة جديدة من المحادثات بين الأطراف المتنازعة.',
  'وأعلنت شركة الكهرباء انقطاع التيار عن {L} و{وL} بسبب أعمال صيانة طارئة.',
  'وتشهد {L} منذ أيام أزمة حادة في الوقود دفعت المواطنين إلى الاصطفاف أمام المحطات لساعات.',
  'وأشار التقرير إلى أن نحو {N} أسرة نزحت من {L} باتجاه {L} خلال الشهر الماضي.',
  'وتقع بلدة {L} على بعد {K} {D} {L} على الطريق المؤدي إلى الجنوب.',
  'وكانت طائرة مسيرة قد استهدفت موقعا عسكريا {D} {L} فجر الأحد بحسب مصادر ميدانية.',
  'ووقعت {C} {وC} مذكرة تفاهم للتعاون في مجالي الطاقة والتدريب العسكري.',
  'ورحبت {C} بالاتفاق، داعية جميع الأطراف إلى الالتزام بوقف إطلاق النار في {C}.',
  'وعاد العشرات من العمال المصريين إلى {W} عبر منفذ السلوم البري بعد تدهور الأوضاع في {L}.',
  'وأعلن المجلس البلدي في {L} حالة الطوارئ بعد السيول التي ضربت المنطقة.',
  'ونقلت وكالة الأنباء عن {P} قوله إن الحكومة ستدفع رواتب العاملين في {L} بنهاية الشهر.',
  'وتحدثت تقارير عن وصول تعزيزات عسكرية إلى منطقة {L} قادمة من {L}.',
  'وقال شهود عيان {بL} إن حركة السير عادت إلى طبيعتها بعد رفع الحواجز.',
  'وقدمت {C} شحنة من المساعدات الطبية {لL} عبر ميناء المدينة.',
  'وتواصل القوات انتشارها {وبL} وضواحيها وسط حالة من الترقب.',
  'واجتمع وزير الداخلية بنظيره في {W} لمناقشة ملف الهجرة غير النظامية.',
  'وشارك في الاجتماع ممثلون عن {C} {وC} {وC} إضافة إلى مبعوث الأمم المتحدة.',
  'وقال سكان في {L} إن الأسعار ارتفعت بنسبة {N} في المئة منذ بداية العام.',
  'وتبعد {L} نحو {K} عن العاصمة، وتعد من أهم المدن في {D} البلاد.',
  'وغادر الوفد {W} متوجها إلى {W} في إطار جولة إقليمية تشمل {C}.',
];

const FILLERS = [
  'ولم يصدر حتى الآن أي تعليق رسمي على هذه التصريحات.',
  'وتأتي هذه الخطوة في إطار الجهود المبذولة لتثبيت الهدنة الهشة.',
  'وأكد المتحدث أن اللجنة ستواصل اجتماعاتها خلال الأيام المقبلة.',
  'ويرى مراقبون أن الاتفاق يمثل خطوة مهمة نحو إنهاء الانقسام السياسي.',
  'ودعا البيان إلى ضبط النفس وتغليب لغة الحوار على لغة السلاح.',
  'وتعاني البلاد منذ سنوات من أزمة اقتصادية خانقة انعكست على حياة المواطنين.',
  'ولفت إلى أن المرحلة المقبلة تتطلب تضافر جهود جميع الأطراف.',
  'ومن المنتظر أن تعلن النتائج النهائية مطلع الأسبوع المقبل.',
  'وأوضح أن الفرق الفنية باشرت عملها فور تلقي البلاغات.',
  'وشدد على ضرورة محاسبة المسؤولين عن الانتهاكات أيا كانت انتماءاتهم.',
  'وأضاف أن الحكومة تعمل على توفير السيولة النقدية في المصارف.',
  'وأشار إلى أن الأوضاع الإنسانية ما زالت صعبة في عدد من المناطق.',
];

const DIRECTIONS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمال شرق', 'جنوب غرب', 'جنوب شرق', 'شمال غرب', 'غربي', 'شرقي', 'جنوبي', 'شمالي'];
const PEOPLE = ['المتحدث باسم الحكومة', 'رئيس المجلس الرئاسي', 'وزير الداخلية', 'عميد البلدية', 'مصدر عسكري', 'المبعوث الأممي', 'وزير الخارجية', 'قائد المنطقة العسكرية'];
const DISTANCE_UNITS = ['كلم', 'كيلومترا', 'كم'];

/** A function returning a new article on each call. */
function articleGenerator(seed: number): () => string {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const places = [...loadGazetteer().places].sort((a, b) => (a.id < b.id ? -1 : 1));
  const named = (p: PlaceRecord) => p.names_ar.length > 0;
  const libyan = places.filter((p) => p.country === 'LY' && p.kind !== 'country' && named(p));
  const countries = places.filter((p) => p.kind === 'country' && named(p));
  const world = places.filter((p) => p.country !== 'LY' && (p.population ?? 0) >= 300_000 && named(p));
  const seedSentences = readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8').split(/(?<=[.!؟])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);

  const name = (from: PlaceRecord[], clitic: string) => {
    const p = pick(from);
    // Mostly the preferred spelling, sometimes a variant, as different outlets write it.
    const spelling = random() < 0.75 ? p.name_ar : pick(p.names_ar);
    // "ل" before the article absorbs its alef: "للجفرة"; "ب" does not: "بالغردقة".
    return clitic.endsWith('ل') && spelling.startsWith('ال') ? clitic + spelling.slice(1) : clitic + spelling;
  };
  const fill = (template: string) =>
    template.replace(/\{([وبل]*)([LCWDKNP])\}/g, (_, clitic: string, slot: string) => {
      switch (slot) {
        case 'L':
          return name(libyan, clitic);
        case 'C':
          return name(countries, clitic);
        case 'W':
          return name(world, clitic);
        case 'D':
          return pick(DIRECTIONS);
        case 'K':
          return `${10 * (1 + Math.floor(random() * 90))} ${pick(DISTANCE_UNITS)}`;
        case 'N':
          return String(1 + Math.floor(random() * 900));
        default:
          return pick(PEOPLE);
      }
    });
  const sentence = () => {
    const r = random();
    if (r < 0.35) return pick(seedSentences);
    if (r < 0.75) return fill(pick(TEMPLATES));
    return pick(FILLERS);
  };
  return () => {
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, sentence);
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs.join('\n') + '\n';
  };
}
