import { analyzeText } from '../../utils/analysis/analyze-text';
import { tokenize } from '../../utils/analysis/tokenize';
import { suggestPossibleTerms } from '../../utils/term-model/possible-terms';
import { type Split } from './corpora';
import { loadPtc, noCounts, scoreFlags, type FlagCounts } from './ptc-corpus';
import { formatPrf, prf } from './scores';

const score = (c: FlagCounts) => prf(c.truePredicted, c.predicted, c.matchedGold, c.gold);
const line = (label: string, c: FlagCounts) =>
  `  ${formatPrf(label, score(c))}  (strict P ${(c.strictTruePredicted / (c.predicted || 1)).toFixed(3)})`;

/**
 * Scores loaded-term flags on the propaganda corpus: the lexicon alone, the learned model alone and
 * both as the extension shows them; with `perEntry`, also precision per lexicon entry (or model word).
 */
export function evalPtc(dir: string, split: Split, perEntry = false): string[] {
  const articles = loadPtc(dir, split);
  const [lexicon, model, both] = [noCounts(), noCounts(), noCounts()];
  const entries = new Map<string, [number, number]>();
  for (const a of articles) {
    scoreFlags(a, analyzeText(a.text).terms, lexicon);
    const tk = tokenize(a.text);
    const alone = suggestPossibleTerms(tk, new Uint8Array(tk.length));
    scoreFlags(
      a,
      alone.map((f) => ({ start: tk.start[f.first]!, end: tk.end[f.end - 1]! })),
      model,
    );
    const terms = analyzeText(a.text, suggestPossibleTerms).terms;
    const ok = scoreFlags(a, terms, both);
    terms.forEach((t, k) => {
      const key = perEntry ? `${t.entry}:${t.text.toLowerCase()}` : t.entry;
      const e = entries.get(key) ?? [0, 0];
      entries.set(key, [e[0] + (ok[k] ? 1 : 0), e[1] + 1]);
    });
  }
  const lines = [
    `ptc (${split}, ${articles.length} articles)`,
    line('loaded terms, lexicon', lexicon),
    line('loaded terms, model', model),
    line('loaded terms, both', both),
  ];
  if (perEntry) {
    const rows = [...entries].sort((a, b) => b[1][1] - a[1][1]);
    for (const [k, [ok, n]] of rows) lines.push(`    ${(ok / n).toFixed(2)} ${ok}/${n} ${k}`);
  }
  return lines;
}
