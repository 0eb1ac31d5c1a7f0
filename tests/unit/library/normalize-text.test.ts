import { describe, expect, it } from 'vitest';
import { acronymOf, normalizeWord, tokenize } from '../../../utils/library/normalize-text';
import { PhraseIndex } from '../../../utils/library/phrase-index';

describe('normalizeWord', () => {
  it('folds case, accents, possessives, plurals and -isation/-ization', () => {
    expect(normalizeWord("Organisation's")).toBe(normalizeWord('ORGANIZATION'));
    expect(normalizeWord('Üzümcü')).toBe('uzumcu');
    expect(normalizeWord('Helmets')).toBe(normalizeWord('helmet'));
    expect(normalizeWord("Dara'a")).toBe(normalizeWord('Daraa'));
    expect(normalizeWord('Press')).toBe('press');
  });
});

describe('acronymOf', () => {
  it('builds the usual initialisms and skips short names', () => {
    expect(acronymOf('Organisation for the Prohibition of Chemical Weapons')).toBe('OPCW');
    expect(acronymOf("Hay'at Tahrir al-Sham")).toBe('HTS');
    expect(acronymOf('Fact-Finding Mission')).toBe('FFM');
    expect(acronymOf('White Helmets')).toBeNull();
  });
});

describe('PhraseIndex', () => {
  const index = new PhraseIndex();
  index.add('al-Nusra Front', 'nusra');
  index.add('Nusra', 'nusra');
  index.add('WHO', 'who');
  index.add('Syria Civil Defence', 'scd');
  const scan = (text: string) => Object.fromEntries(index.scan(tokenize(text)));

  it('prefers the longest phrase and does not count its parts again', () => {
    expect(scan('The al-Nusra Front, or simply Nusra, ...')).toEqual({ nusra: 2 });
  });

  it('matches all-capital acronyms only in capitals', () => {
    expect(scan('Doctors who treated patients, the WHO said')).toEqual({ who: 1 });
  });

  it('matches across hyphens, case and spelling variants', () => {
    expect(scan("SYRIA CIVIL DEFENCE's volunteers")).toEqual({ scd: 1 });
  });
});
