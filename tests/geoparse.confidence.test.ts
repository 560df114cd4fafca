// Confidence calibration on the real gazetteer: a correct mention with the usual evidence (a
// compass word, a cue noun, a preposition, its country named) scores ≥ 0.7; a doubtful one
// (an ordinary word with nothing but document context) scores lower than the same name with
// evidence.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { geoparse } from '../src/geoparse/index.ts';

const gazetteer = loadGazetteer();
const confidenceOf = (text: string, name: string): number | undefined =>
  geoparse(text, gazetteer).find((m) => m.text === name)?.confidence;

describe('confidence', () => {
  it('is high after a compass word in an article about the country', () => {
    const c = confidenceOf('تقدمت قوات حكومة الوفاق في ليبيا نحو مواقع غربي سرت.', 'سرت');
    expect(c).toBeGreaterThanOrEqual(0.7);
  });

  it('is high for a city with a cue and for a capital with a preposition', () => {
    expect(confidenceOf('وصل الوفد إلى مدينة درنة شرقي ليبيا.', 'درنة')).toBeGreaterThanOrEqual(0.8);
    expect(confidenceOf('عقد الاجتماع في القاهرة أمس.', 'القاهرة')).toBeGreaterThanOrEqual(0.8);
  });

  it('is lower for an ordinary word than for the same word with a cue', () => {
    const bare = confidenceOf('أعلنت السلطات في ليبيا أن سرت ستستضيف الحوار.', 'سرت');
    const cued = confidenceOf('أعلنت السلطات في ليبيا أن مدينة سرت ستستضيف الحوار.', 'سرت');
    expect(cued).toBeDefined();
    if (bare !== undefined) expect(bare).toBeLessThan(cued!);
  });
});
