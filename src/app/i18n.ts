// Interface strings in Arabic and English. Data (titles, excerpts, names) is never translated
// here; only the chrome around it.
import type { PlaceKind } from '../gazetteer/types.ts';
import type { Lang } from './hash.ts';

const STRINGS = {
  appName: { ar: 'مرصد', en: 'Marsad' },
  tagline: { ar: 'خريطة الأماكن في الأخبار', en: 'Places in the news, mapped' },
  search: { ar: 'بحث عن مكان أو مقال', en: 'Search places or articles' },
  searchResults: { ar: 'نتائج البحث', en: 'Search results' },
  noResults: { ar: 'لا نتائج', en: 'No results' },
  switchLang: { ar: 'English', en: 'العربية' },
  switchLangLabel: { ar: 'Switch to English', en: 'التبديل إلى العربية' },
  addArticle: { ar: 'إضافة مقال', en: 'Add article' },
  exportData: { ar: 'تصدير البيانات', en: 'Export data' },
  exportLayer: { ar: 'الطبقة', en: 'Layer' },
  layerPlaces: { ar: 'الأماكن', en: 'Places' },
  layerMentions: { ar: 'الإشارات (المقتطفات)', en: 'Mentions (excerpts)' },
  layerZones: { ar: 'المناطق', en: 'Zones' },
  exportScope: { ar: 'النطاق', en: 'Scope' },
  exportSelection: { ar: 'ما يظهر الآن (التحديد والتصفية)', en: 'What is shown now (selection and filters)' },
  exportAll: { ar: 'كل شيء', en: 'Everything' },
  exportFormat: { ar: 'الصيغة', en: 'Format' },
  features: { ar: 'عنصرًا', en: 'features' },
  download: { ar: 'تنزيل', en: 'Download' },
  placesShown: { ar: 'الأماكن الظاهرة', en: 'Places shown' },
  sideTabs: { ar: 'القوائم', en: 'Lists' },
  listTruncated: { ar: 'أكثر {n} مكانًا ذكرًا؛ ابحث لتضييق القائمة', en: 'The {n} most mentioned; search to narrow the list' },
  exportImage: { ar: 'تصدير صورة', en: 'Export image' },
  articles: { ar: 'المقالات', en: 'Articles' },
  filters: { ar: 'تصفية', en: 'Filters' },
  kind: { ar: 'النوع', en: 'Kind' },
  country: { ar: 'البلد', en: 'Country' },
  zone: { ar: 'المنطقة', en: 'Zone' },
  anyZone: { ar: 'كل المناطق', en: 'All zones' },
  clearFilters: { ar: 'مسح التصفية', en: 'Clear filters' },
  places: { ar: 'أماكن', en: 'places' },
  articleCount: { ar: 'مقالات', en: 'articles' },
  mentions: { ar: 'إشارات', en: 'mentions' },
  mentionCount: { ar: 'عدد الإشارات', en: 'Mentions' },
  close: { ar: 'إغلاق', en: 'Close' },
  coordinates: { ar: 'الإحداثيات', en: 'Coordinates' },
  copy: { ar: 'نسخ', en: 'Copy' },
  copied: { ar: 'نُسخ', en: 'Copied' },
  provenance: { ar: 'المصدر', en: 'Source' },
  excerpts: { ar: 'المقتطفات', en: 'Excerpts' },
  remove: { ar: 'حذف', en: 'Remove' },
  yourArticle: { ar: 'مقال مضاف', en: 'Added by you' },
  legend: { ar: 'مفتاح الخريطة', en: 'Legend' },
  layers: { ar: 'الطبقات', en: 'Layers' },
  cluster: { ar: 'مجموعة أماكن (العدد)', en: 'Group of places (count)' },
  countryShaded: { ar: 'بلد ورد في النص', en: 'Country named in the text' },
  zoneHatched: { ar: 'منطقة (تقريبية)', en: 'Zone (approximate)' },
  relation: { ar: 'موقع نسبي (اتجاه من المكان)', en: 'Relative location (direction from place)' },
  contextTown: { ar: 'مدينة (للسياق)', en: 'Town (context)' },
  sizeNote: { ar: 'حجم الدائرة = عدد الإشارات', en: 'Circle size = number of mentions' },
  title: { ar: 'العنوان', en: 'Title' },
  text: { ar: 'النص', en: 'Text' },
  pasteHint: { ar: 'الصق نص المقال هنا', en: 'Paste the article text here' },
  dropHint: { ar: 'أو اختر ملفات ‎.txt / .jsonl أو أفلتها هنا', en: 'or choose or drop .txt / .jsonl files here' },
  mapIt: { ar: 'ضعه على الخريطة', en: 'Map it' },
  cancel: { ar: 'إلغاء', en: 'Cancel' },
  working: { ar: 'جارٍ التحليل…', en: 'Geoparsing…' },
  noPlacesFound: { ar: 'لم يُعثر على أماكن في النص', en: 'No places found in the text' },
  emptyText: { ar: 'النص فارغ', en: 'The text is empty' },
  map: { ar: 'الخريطة', en: 'Map' },
  sidebar: { ar: 'اللوحة الجانبية', en: 'Side panel' },
  approximate: { ar: 'تقريبي', en: 'Approximate' },
  zoneSources: { ar: 'المراجع', en: 'Sources' },
  noDate: { ar: 'بلا تاريخ', en: 'undated' },
  loading: { ar: 'جارٍ تحميل النصوص…', en: 'Loading the texts…' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

const KIND_NAMES: Record<PlaceKind, { ar: string; en: string }> = {
  country: { ar: 'بلد', en: 'Country' },
  region: { ar: 'إقليم', en: 'Region' },
  admin: { ar: 'منطقة إدارية', en: 'Administrative area' },
  city: { ar: 'مدينة', en: 'City' },
  town: { ar: 'بلدة', en: 'Town' },
  village: { ar: 'قرية', en: 'Village' },
  district: { ar: 'حي', en: 'District' },
  facility: { ar: 'منشأة', en: 'Facility' },
  landmark: { ar: 'معلم', en: 'Landmark' },
};

export function kindName(lang: Lang, kind: PlaceKind): string {
  return KIND_NAMES[kind]?.[lang] ?? kind;
}

const GROUP_NAMES: Record<string, { ar: string; en: string }> = {
  settlement: { ar: 'مدينة أو بلدة أو قرية', en: 'City, town or village' },
  district: { ar: 'حي', en: 'District' },
  facility: { ar: 'منشأة (مطار، قاعدة، ميناء)', en: 'Facility (airport, base, port)' },
  area: { ar: 'إقليم أو منطقة إدارية', en: 'Region or administrative area' },
  landmark: { ar: 'معلم', en: 'Landmark' },
};

export function groupName(lang: Lang, group: string): string {
  return GROUP_NAMES[group]?.[lang] ?? group;
}

const DIRECTIONS: Record<string, { ar: string; en: string }> = {
  N: { ar: 'شمال', en: 'north of' },
  NE: { ar: 'شمال شرق', en: 'north-east of' },
  E: { ar: 'شرق', en: 'east of' },
  SE: { ar: 'جنوب شرق', en: 'south-east of' },
  S: { ar: 'جنوب', en: 'south of' },
  SW: { ar: 'جنوب غرب', en: 'south-west of' },
  W: { ar: 'غرب', en: 'west of' },
  NW: { ar: 'شمال غرب', en: 'north-west of' },
};

export function directionName(lang: Lang, d: string): string {
  return DIRECTIONS[d]?.[lang] ?? d;
}

export function placeName(lang: Lang, p: { name_ar: string; name_en: string }): string {
  return (lang === 'ar' ? p.name_ar || p.name_en : p.name_en || p.name_ar) ?? '';
}

const LAYER_GROUP_NAMES: Record<string, { ar: string; en: string }> = {
  places: { ar: 'الأماكن المذكورة', en: 'Reported places' },
  countries: { ar: 'البلدان المذكورة', en: 'Countries named' },
  zones: { ar: 'المناطق', en: 'Zones' },
  relations: { ar: 'المواقع النسبية', en: 'Relative locations' },
  context: { ar: 'مدن للسياق', en: 'Context towns' },
};

export function layerGroupName(lang: Lang, group: string): string {
  return LAYER_GROUP_NAMES[group]?.[lang] ?? group;
}
