import { describe, expect, it } from 'vitest';
import weights from '@/assets/term-model.json';
import { analyzeText } from '@/utils/analysis/analyze-text';
import { tokenize } from '@/utils/analysis/tokenize';
import { suggestPossibleTerms } from '@/utils/term-model/possible-terms';
import { TermModel, TermModelWeightsSchema } from '@/utils/term-model/term-model';

/** A hand-made model: "dreadful" and "ghastly" are loaded, and more so after "truly". */
const tiny = new TermModel({
  about: 'test',
  threshold: 0.5,
  weights: { bias: -3, 'w:dreadful': 4, 'w:ghastly': 4, 'l:truly': 1, 'v:-3': 0.5 },
  valence: { dreadful: -3 },
});

const words = (text: string, flags: { first: number; end: number }[]) => {
  const tk = tokenize(text);
  return flags.map((f) => text.slice(tk.start[f.first]!, tk.end[f.end - 1]!));
};

describe('term model inference', () => {
  it('flags words whose features add up past the threshold, and merges neighbours into one flag', () => {
    const text = 'A dreadful plan and a ghastly, truly ghastly dreadful week.';
    expect(words(text, tiny.flags(tokenize(text)))).toEqual([
      'dreadful',
      'ghastly',
      'ghastly dreadful',
    ]);
  });

  it('uses neighbours and valence: a word just under the line crosses it after "truly"', () => {
    const plain = new TermModel({ ...tinyData(), threshold: 0.8 });
    const tk = tokenize('a ghastly idea, truly ghastly');
    expect(plain.probability(tk, 1)).toBeLessThan(0.8);
    expect(plain.probability(tk, 5)).toBeGreaterThan(0.8);
  });

  it('gives a text the same flags whatever it analysed before (scores are kept between texts)', () => {
    const model = new TermModel(tinyData());
    model.flags(tokenize('Ghastly weather and a dreadful, truly dreadful ferry ride.'));
    const a = 'A ghastly plan, truly ghastly.';
    const fresh = new TermModel(tinyData()).flags(tokenize(a));
    expect(fresh.length).toBeGreaterThan(0);
    expect(model.flags(tokenize(a))).toEqual(fresh);
  });

  it('never flags tokens already taken by the lexicon, function words or numbers', () => {
    const text = 'The dreadful 2024 report.';
    const tk = tokenize(text);
    const taken = new Uint8Array(tk.length);
    taken[1] = 1;
    expect(tiny.flags(tk, taken)).toEqual([]);
    expect(tiny.probability(tk, 0)).toBe(0);
  });

  it('ships weights that pass their schema', () => {
    expect(TermModelWeightsSchema.safeParse(weights).success).toBe(true);
    expect(Object.keys(weights.weights).length).toBeGreaterThan(1000);
  });
});

function tinyData() {
  return {
    about: 'test',
    threshold: 0.5,
    weights: { bias: -3, 'w:ghastly': 4, 'l:truly': 1 },
    valence: {},
  };
}

describe('possibly loaded terms in the analysis', () => {
  const text =
    'The senator’s shameless stunt fooled nobody. “It was a shameless stunt,” said Ana Berg. The budget passed on Tuesday.';

  it('are added only when a suggester is given, never over a lexicon flag', () => {
    expect(analyzeText(text).terms.some((t) => t.category === 'possibly-loaded')).toBe(false);
    const terms = analyzeText(text, suggestPossibleTerms).terms;
    const possible = terms.filter((t) => t.category === 'possibly-loaded');
    expect(possible.length).toBeGreaterThan(0);
    for (const p of possible) {
      expect(terms.filter((t) => t !== p && t.start < p.end && p.start < t.end)).toEqual([]);
    }
  });

  it('carry a generic why, no alternative, and the voice of where they stand', () => {
    const possible = analyzeText(text, suggestPossibleTerms).terms.filter(
      (t) => t.category === 'possibly-loaded',
    );
    for (const p of possible) {
      expect(p).toMatchObject({ entry: 'possibly-loaded', alternative: null });
      expect(p.why).toMatch(/judges rather than describes/);
    }
    const quoted = possible.find((p) => p.start > text.indexOf('“'));
    expect(quoted).toMatchObject({ voice: 'quoted', speaker: 'Ana Berg' });
    expect(possible.find((p) => p.start < text.indexOf('“'))?.voice).toBe('outlet');
  });

  it('leave plain reporting alone', () => {
    const plain = 'The council approved the budget on Tuesday after a short debate.';
    expect(analyzeText(plain, suggestPossibleTerms).terms).toEqual([]);
  });
});
