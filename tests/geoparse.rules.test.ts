// The geoparser's rules on a small hand-made gazetteer, so each rule is exercised whatever
// the real gazetteer happens to contain: common words that are also place names, outlets,
// people, adjectives, proclitics, cue-led facilities, ambiguity resolved by context, one
// sense per document, relative locations.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../src/gazetteer/index.ts';
import type { PlaceKind, PlaceRecord } from '../src/gazetteer/types.ts';
import { geoparse } from '../src/geoparse/index.ts';

function place(id: string, names: string[], kind: PlaceKind, country: string, lon: number, lat: number, population?: number): PlaceRecord {
  return {
    id,
    name_ar: names[0]!,
    names_ar: names,
    name_en: id,
    kind,
    country,
    lon,
    lat,
    ...(population ? { population } : {}),
    source: { dataset: id.startsWith('marsad') ? 'marsad' : 'geonames', ref: id, url: 'https://example.org/' + id },
  };
}

const gazetteer = new Gazetteer([
  place('country:LY', ['ليبيا'], 'country', 'LY', 17, 26.5),
  place('country:LB', ['لبنان'], 'country', 'LB', 35.8, 33.9),
  place('country:DZ', ['الجزائر'], 'country', 'DZ', 3, 28),
  place('country:EG', ['مصر'], 'country', 'EG', 30, 26.5),
  place('country:TR', ['تركيا'], 'country', 'TR', 35, 39),
  place('country:RU', ['روسيا'], 'country', 'RU', 96, 62),
  place('country:SD', ['السودان'], 'country', 'SD', 30, 15),
  place('tripoli-ly', ['طرابلس'], 'city', 'LY', 13.18, 32.89, 1_150_000),
  place('tripoli-lb', ['طرابلس'], 'city', 'LB', 35.84, 34.43, 229_000),
  place('algiers', ['الجزائر', 'مدينة الجزائر'], 'city', 'DZ', 3.06, 36.75, 1_977_000),
  place('sirte', ['سرت'], 'city', 'LY', 16.59, 31.21, 128_000),
  place('hun', ['هون'], 'town', 'LY', 15.94, 29.12, 18_000),
  place('sokna', ['سوكنة'], 'town', 'LY', 15.78, 29.07),
  place('benghazi', ['بنغازي'], 'city', 'LY', 20.07, 32.12, 650_000),
  place('bani-walid', ['بني وليد'], 'city', 'LY', 14.0, 31.76, 50_000),
  place('ras-lanuf', ['رأس لانوف'], 'town', 'LY', 18.57, 30.5, 13_000),
  place('sidra-east', ['السدرة'], 'village', 'LY', 18.35, 30.63),
  place('sidra-west', ['السدرة'], 'village', 'LY', 13.14, 32.64),
  place('marsad:sabha-airport', ['مطار سبها'], 'facility', 'LY', 14.47, 26.99),
  place('sabha', ['سبها'], 'city', 'LY', 14.43, 27.04, 130_000),
  place('gezira', ['الجزيرة'], 'admin', 'SD', 33.5, 14.5, 3_500_000),
  place('qaeda-village', ['القاعدة'], 'village', 'LY', 14.0, 30.0),
  place('cannes', ['كان'], 'town', 'FR', 7.01, 43.55, 70_000),
  place('van', ['وان'], 'city', 'TR', 43.38, 38.49, 371_000),
  place('victoria', ['فيكتوريا'], 'city', 'SC', 55.45, -4.62, 22_000),
  place('vladimir', ['فلاديمير'], 'city', 'RU', 40.4, 56.13, 310_000),
  place('timimi', ['التميمي'], 'town', 'LY', 23.06, 32.33, 4_600),
  place('yafa', ['يافع'], 'town', 'YE', 45.2, 13.5, 20_000),
  place('hadramawt', ['حضرموت'], 'admin', 'YE', 49, 16, 1_000_000),
  place('rome', ['روما'], 'city', 'IT', 12.5, 41.9, 2_300_000),
]);

const found = (text: string) => geoparse(text, gazetteer).map((m) => `${m.text}=${m.place.id}`);

describe('geoparse rules', () => {
  it('does not take common words for places', () => {
    expect(found('هون عليك، فالأمر بسيط.')).toEqual([]);
    expect(found('سرت شائعات عن الاتفاق.')).toEqual([]);
    expect(found('أعلن تنظيم القاعدة مسؤوليته، وقالت القاعدة في بيان إنها ستواصل.')).toEqual([]);
    expect(found('وكان الوفد قد وصل، وأن الاجتماع انتهى.')).toEqual([]);
  });

  it('accepts the same words with a cue, a compass word or a list of places', () => {
    expect(found('انسحبت القوات من مدينتي هون وسوكنة في ليبيا.')).toEqual(['هون=hun', 'سوكنة=sokna', 'ليبيا=country:LY']);
    expect(found('تمركزت القوات غربي سرت.')).toEqual(['سرت=sirte']);
    expect(found('عرض الفيلم في مدينة كان الفرنسية.')).toEqual(['كان=cannes']);
  });

  it('drops outlets, channels and sources quoted with لـ', () => {
    expect(found('قال مصدر لـ«الجزيرة» إن قناة الجزيرة بثت التقرير، ونقلت يافع نيوز وحضرموت نت الخبر.')).toEqual([]);
    expect(found('وقال لـ روما إن الاجتماع انتهى، ثم سافر إلى روما.')).toEqual(['روما=rome']);
  });

  it('drops people: after titles, given names, nationality adjectives after a title, بن', () => {
    expect(found('أجرى الرئيس الروسي فلاديمير بوتين اتصالا مع نائبة المستشار فيكتوريا نولاند.')).toEqual([]);
    expect(found('وقال خيري التميمي إن الوفد وصل.')).toEqual([]);
  });

  it('needs في/إلى, not من/على, for a village that is also a family name', () => {
    expect(found('ضغطت ليبيا على التميمي، ثم توجه الوفد إلى التميمي.')).toEqual(['ليبيا=country:LY', 'التميمي=timimi']);
  });

  it('strips proclitics but never letters of the name, and keeps ال in the span', () => {
    expect(found('وبني وليد وببنغازي ولروما وللجزائر ولليبيا')).toEqual([
      'بني وليد=bani-walid',
      'بنغازي=benghazi',
      'روما=rome',
      'لجزائر=country:DZ',
      'ليبيا=country:LY',
    ]);
  });

  it('spans a facility named with its cue noun', () => {
    expect(found('هبطت الطائرة في مطار سبها ثم في سبها.')).toEqual(['مطار سبها=marsad:sabha-airport', 'سبها=sabha']);
  });

  it('resolves Tripoli by qualifier and by the countries of the article', () => {
    expect(found('اشتباكات في طرابلس شمال لبنان.')).toEqual(['طرابلس=tripoli-lb', 'لبنان=country:LB']);
    expect(found('تظاهرات في طرابلس اللبنانية.')).toEqual(['طرابلس=tripoli-lb']);
    expect(found('وصل الوفد إلى طرابلس.')).toEqual(['طرابلس=tripoli-ly']);
    expect(found('قال الجيش اللبناني إن الوضع في طرابلس هادئ، وإن لبنان يراقب.')).toEqual(['طرابلس=tripoli-lb', 'لبنان=country:LB']);
  });

  it('tells Algeria from Algiers', () => {
    expect(found('أكدت الجزائر موقفها.')).toEqual(['الجزائر=country:DZ']);
    expect(found('عقد الاجتماع في الجزائر العاصمة.')).toEqual(['الجزائر=algiers']);
    expect(found('وصل إلى العاصمة الجزائرية الجزائر.')).toEqual(['الجزائر=algiers']);
  });

  it('picks the السدرة near the other places of the article', () => {
    expect(found('توقف التصدير من رأس لانوف والسدرة.')).toEqual(['رأس لانوف=ras-lanuf', 'السدرة=sidra-east']);
  });

  it('keeps one sense per name unless a mention is qualified', () => {
    const ms = geoparse('اندلعت اشتباكات في طرابلس شمال لبنان، وعاد الهدوء إلى طرابلس لاحقا.', gazetteer);
    expect(ms.filter((m) => m.text === 'طرابلس').map((m) => m.place.country)).toEqual(['LB', 'LB']);
  });

  it('reads relative locations with directions and distances', () => {
    const [m] = geoparse('وقع الهجوم على بعد ٥٠ كيلومترا جنوب غرب طرابلس.', gazetteer);
    expect(m!.relation).toEqual({ direction: 'SW', distance_km: 50, text: '٥٠ كيلومترا جنوب غرب' });
    const [n] = geoparse('تقع بني وليد إلى الجنوب الشرقي من طرابلس.', gazetteer).slice(1);
    expect(n!.relation).toEqual({ direction: 'SE', text: 'إلى الجنوب الشرقي من' });
    const [o] = geoparse('حشود على بعد 30 ميلا شمالي سرت.', gazetteer);
    expect(o!.relation).toEqual({ direction: 'N', distance_km: 48.28, text: '30 ميلا شمالي' });
    const [p] = geoparse('سقطت قذيفة على بعد 2.5 كم من سبها.', gazetteer);
    expect(p!.relation).toEqual({ distance_km: 2.5, text: '2.5 كم من' });
    expect(geoparse('جاء الوفد من طرابلس.', gazetteer)[0]!.relation).toBeUndefined();
  });

  it('is less sure of a name other places share, and filters by confidence', () => {
    const [lebanonOrLibya] = geoparse('وصل الوفد إلى طرابلس.', gazetteer);
    const [onlyLibya] = geoparse('وصل الوفد إلى بنغازي.', gazetteer);
    expect(lebanonOrLibya!.confidence).toBeLessThan(onlyLibya!.confidence);
    const text = 'وصل الوفد إلى طرابلس، ثم إلى بنغازي.';
    const top = Math.max(...geoparse(text, gazetteer).map((m) => m.confidence));
    const sure = geoparse(text, gazetteer, { minConfidence: top });
    expect(sure.map((m) => m.text)).toEqual(['بنغازي']);
  });
});
