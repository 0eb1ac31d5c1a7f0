import { analyzeText } from '../../utils/analysis/analyze-text';
import { articleText, generateArticle } from './generate-article';
import { mebibytes, median, round, timeRuns } from './stats';

export const ARTICLE_SIZES = [1_000, 2_000, 10_000, 50_000, 100_000];

/** Engine figures for one generated article. */
export interface EngineSize {
  words: number;
  chars: number;
  mb: number;
  medianMs: number;
  timesMs: number[];
  mbPerSec: number;
  findings: { quotes: number; terms: number; sourcing: number; entities: number };
}

/** Times `analyzeText` in Node on generated articles of every size (median of `runs`). */
export function benchEngine(runs: number) {
  const texts = ARTICLE_SIZES.map((words) => articleText(generateArticle(words)));
  // A warm-up pass so no size is charged for JIT compilation, then round-robin runs so a burst
  // of load from other processes on the machine hits every size alike.
  const results = texts.map((text) => analyzeText(text));
  const times: number[][] = texts.map(() => []);
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, k) => times[k]!.push(...timeRuns(() => analyzeText(text), 1)));
  }
  const sizes: EngineSize[] = texts.map((text, k) => {
    const result = results[k]!;
    const timesMs = times[k]!;
    const medianMs = median(timesMs);
    const mb = mebibytes(text);
    return {
      words: ARTICLE_SIZES[k]!,
      chars: text.length,
      mb: round(mb, 3),
      medianMs: round(medianMs),
      timesMs: timesMs.map((t) => round(t)),
      mbPerSec: round(mb / (medianMs / 1000)),
      findings: {
        quotes: result.quotes.length,
        terms: result.terms.length,
        sourcing: result.sourcing.length,
        entities: result.entities.length,
      },
    };
  });
  const totalMb = sizes.reduce((sum, s) => sum + s.mb, 0);
  const totalMs = sizes.reduce((sum, s) => sum + s.medianMs, 0);
  const at = (words: number) => sizes.find((s) => s.words === words)!.medianMs;
  return {
    mbPerSec: round(totalMb / (totalMs / 1000)),
    mbPerSecNote: 'all sizes: total UTF-8 MiB / total of the median times',
    ratio100kTo10k: round(at(100_000) / at(10_000)),
    sizes,
  };
}
