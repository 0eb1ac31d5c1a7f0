import { readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { suggestPossibleTerms } from '../../utils/term-model/possible-terms';
import { inSplit, join, listFiles, type Split } from './corpora';

/**
 * How often terms are flagged on mainstream political news (PolNeAR's texts, which nobody annotated
 * for loaded language): flags per 1,000 words for the lexicon and the model, and the model's
 * commonest words, so a reader can judge its false alarms on everyday news.
 */
export function evalFlagRate(dir: string, split: Split): string[] {
  const names = inSplit(listFiles(dir, '.txt'), split);
  let words = 0;
  let lexicon = 0;
  let model = 0;
  const byWord = new Map<string, number>();
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    for (const t of analyzeText(text, suggestPossibleTerms).terms) {
      if (t.category !== 'possibly-loaded') {
        lexicon++;
        continue;
      }
      model++;
      const w = t.text.toLowerCase();
      byWord.set(w, (byWord.get(w) ?? 0) + 1);
    }
  }
  const rate = (n: number) => ((n / (words || 1)) * 1000).toFixed(2);
  const top = [...byWord].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
  return [
    `mainstream news (polnear ${split}, ${names.length} articles, ${words} words): flags per 1,000 words: lexicon ${rate(lexicon)}, model ${rate(model)}`,
    `  model's commonest: ${top.map(([w, n]) => `${w} ${n}`).join(', ')}`,
  ];
}
