// Proclitic readings and nisba adjectives on normalised keys.
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../src/arabic/normalize.ts';
import { nisbaBases, nisbaForms } from '../src/arabic/nisba.ts';
import { procliticReadings, stripProclitics } from '../src/arabic/proclitics.ts';

const keys = (w: string) => procliticReadings(normalizeKey(w)).map((r) => `${r.letters}:${r.key}`);

describe('proclitics', () => {
  it('reads conjunctions, prepositions and their combinations, fewest letters first', () => {
    expect(keys('وبني')).toEqual(['1:بني', '2:ني']);
    expect(keys('بالغردقة')).toEqual(['1:الغردقه']);
    expect(keys('لروما')).toEqual(['1:روما']);
    expect(keys('والإمارات')).toEqual(['1:الامارات']);
    expect(keys('فببنغازي')).toEqual(['1:ببنغازي', '2:بنغازي']);
  });

  it('restores the alef of ال after ل ("للجزائر" = ل + الجزائر)', () => {
    expect(keys('للجزائر')).toEqual(['1:لجزاير', '1:الجزاير']);
    expect(keys('وللجزائر')).toContain('2:الجزاير');
  });

  it('never leaves a stem shorter than two letters, and leaves other words alone', () => {
    expect(keys('بن')).toEqual([]);
    expect(keys('طرابلس')).toEqual([]);
    expect(keys('كان')).toEqual(['1:ان']);
  });

  it('strips the longest proclitic sequence', () => {
    expect(stripProclitics(normalizeKey('وبالجيش'))).toBe('الجيش');
    expect(stripProclitics(normalizeKey('بمدينة'))).toBe('مدينه');
    expect(stripProclitics(normalizeKey('مدينة'))).toBe('مدينه');
  });
});

describe('nisba adjectives', () => {
  it('derives adjectives from names and names from adjectives', () => {
    expect(nisbaForms(normalizeKey('ليبيا'))).toEqual(expect.arrayContaining(['الليبي', 'الليبيه', 'الليبيين', 'ليبي']));
    expect(nisbaForms(normalizeKey('الإمارات'))).toContain('الاماراتي');
    expect(nisbaForms(normalizeKey('السعودية'))).toContain('السعودي');
    expect(nisbaForms(normalizeKey('ألمانيا'))).toContain('الالماني');
    expect(nisbaBases(normalizeKey('التركية'))).toContain('تركيا');
    expect(nisbaBases(normalizeKey('المصريين'))).toContain('مصر');
    expect(nisbaBases(normalizeKey('طرابلس'))).toEqual([]);
  });
});
