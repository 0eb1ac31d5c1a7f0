import { readFileSync } from 'node:fs';
import { inSplit, join, listFiles, type Split } from './corpora';

/** Techniques whose spans a flagged term may overlap to count as right (precision). */
export const LOADED = new Set([
  'Loaded_Language',
  'Name_Calling,Labeling',
  'Doubt',
  'Exaggeration,Minimisation',
  'Appeal_to_fear-prejudice',
  'Flag-Waving',
]);
/** Techniques whose spans a reader should see flagged (recall). */
export const RECALLED = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

/** An annotated span of one technique. */
export interface PtcSpan {
  start: number;
  end: number;
  technique: string;
}

/** One article of the propaganda corpus with its annotation. */
export interface PtcArticle {
  name: string;
  text: string;
  spans: PtcSpan[];
}

/** The articles of one split, read from ../shared at run time. */
export function loadPtc(dir: string, split: Split): PtcArticle[] {
  return inSplit(listFiles(dir, '.txt'), split).map((name) => ({
    name,
    text: readFileSync(join(dir, name), 'utf8'),
    spans: readFileSync(join(dir, name.replace('.txt', '.task-flc-tc.labels')), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t'))
      .map(([, technique, s, e]) => ({ technique: technique!, start: Number(s), end: Number(e) })),
  }));
}

interface Span {
  start: number;
  end: number;
}

const touches = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Counts for precision and recall of flags against one article's annotation. */
export interface FlagCounts {
  truePredicted: number;
  /** Flags that overlap a loaded-language or name-calling span (the stricter precision). */
  strictTruePredicted: number;
  predicted: number;
  matchedGold: number;
  gold: number;
}

/** Adds one article's flags to `counts`; returns, per flag, whether it overlaps a loaded span. */
export function scoreFlags(
  article: PtcArticle,
  flags: readonly Span[],
  counts: FlagCounts,
): boolean[] {
  const loaded = article.spans.filter((s) => LOADED.has(s.technique));
  const ok = flags.map((f) => loaded.some((s) => touches(f, s)));
  counts.predicted += flags.length;
  counts.truePredicted += ok.filter(Boolean).length;
  const recalled = article.spans.filter((s) => RECALLED.has(s.technique));
  counts.strictTruePredicted += flags.filter((f) => recalled.some((s) => touches(f, s))).length;
  counts.gold += recalled.length;
  counts.matchedGold += recalled.filter((s) => flags.some((f) => touches(f, s))).length;
  return ok;
}

/** Empty counts. */
export const noCounts = (): FlagCounts => ({
  truePredicted: 0,
  strictTruePredicted: 0,
  predicted: 0,
  matchedGold: 0,
  gold: 0,
});
