import { readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { inSplit, join, listFiles, type Split } from './corpora';
import { formatPrf, prf } from './scores';

const LOADED = new Set([
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Doubt',
  'Exaggeration,Minimisation',
  'Appeal_to_fear-prejudice',
  'Flag-Waving',
]);
const RECALLED = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

interface Span {
  start: number;
  end: number;
  technique: string;
}

const touches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Scores loaded-term flags on the propaganda corpus; with `perEntry`, also lists precision per lexicon entry. */
export function evalPtc(dir: string, split: Split, perEntry = false): string[] {
  const names = inSplit(listFiles(dir, '.txt'), split);
  let truePredicted = 0;
  let predicted = 0;
  let matchedGold = 0;
  let gold = 0;
  const entries = new Map<string, [number, number]>();
  for (const name of names) {
    const text = readFileSync(join(dir, name), 'utf8');
    const spans: Span[] = readFileSync(
      join(dir, name.replace('.txt', '.task-flc-tc.labels')),
      'utf8',
    )
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'))
      .map(([, technique, s, e]) => ({ technique: technique!, start: Number(s), end: Number(e) }));
    const loaded = spans.filter((s) => LOADED.has(s.technique));
    const terms = analyzeText(text).terms;
    for (const t of terms) {
      const ok = loaded.some((s) => touches(t, s));
      predicted++;
      if (ok) truePredicted++;
      const key = perEntry ? `${t.entry}:${t.text.toLowerCase()}` : t.entry;
      const e = entries.get(key) ?? [0, 0];
      entries.set(key, [e[0] + (ok ? 1 : 0), e[1] + 1]);
    }
    const recalled = spans.filter((s) => RECALLED.has(s.technique));
    gold += recalled.length;
    matchedGold += recalled.filter((s) => terms.some((t) => touches(t, s))).length;
  }
  const lines = [
    `ptc (${split}, ${names.length} articles)`,
    `  ${formatPrf('loaded terms', prf(truePredicted, predicted, matchedGold, gold))}`,
  ];
  if (perEntry) {
    const rows = [...entries].sort((a, b) => b[1][1] - a[1][1]);
    for (const [k, [ok, n]] of rows) lines.push(`    ${(ok / n).toFixed(2)} ${ok}/${n} ${k}`);
  }
  return lines;
}
