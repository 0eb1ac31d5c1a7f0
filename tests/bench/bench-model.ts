import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { tokenize } from '../../utils/analysis/tokenize';
import type { TermSuggester } from '../../utils/analysis/find-terms';
import { suggestPossibleTerms } from '../../utils/term-model/possible-terms';
import { TermModel, TermModelAssetSchema } from '../../utils/term-model/term-model';
import { ARTICLE_SIZES } from './bench-engine';
import { articleText, generateArticle } from './generate-article';
import { mebibytes, median, round, timeRuns } from './stats';

const ASSET = new URL('../../assets/term-model.json', import.meta.url);

/**
 * The learned term model as the background runs it: the engine with the model on (MB/s, and the
 * 2,000-word article), the model alone per 1,000 words, and the size of its weights asset.
 */
export function benchModel(runs: number) {
  const texts = ARTICLE_SIZES.map((words) => articleText(generateArticle(words)));
  const tokens = texts.map((text) => tokenize(text));
  const modelOnly = (k: number) => {
    const tk = tokens[k]!;
    return suggestPossibleTerms(tk, new Uint8Array(tk.length));
  };
  // Warm-up (also builds the model from its asset), then round-robin runs as in the engine bench.
  texts.forEach((text, k) => (analyzeText(text, suggestPossibleTerms), modelOnly(k)));
  // The background's model keeps word scores between texts; timed here with none kept (a model
  // built afresh for each run, outside the timing), as for an article whose words it never saw.
  const weights = TermModelAssetSchema.parse(JSON.parse(readFileSync(ASSET, 'utf8')));
  const fresh = (): TermSuggester => {
    const m = new TermModel(weights);
    return (tk, taken) => m.flags(tk, taken);
  };
  const engine: number[][] = texts.map(() => []);
  const model: number[][] = texts.map(() => []);
  const warm: number[][] = texts.map(() => []);
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, k) => {
      const suggest = fresh();
      engine[k]!.push(...timeRuns(() => analyzeText(text, suggest), 1));
      const tk = tokens[k]!;
      const alone = fresh();
      model[k]!.push(...timeRuns(() => alone(tk, new Uint8Array(tk.length)), 1));
      warm[k]!.push(...timeRuns(() => modelOnly(k), 1));
    });
  }
  const engineMs = engine.map(median);
  const modelMs = model.map(median);
  const totalMb = texts.reduce((sum, t) => sum + mebibytes(t), 0);
  const totalWords = ARTICLE_SIZES.reduce((sum, w) => sum + w, 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const asset = readFileSync(ASSET);
  return {
    mbPerSec: round(totalMb / (sum(engineMs) / 1000)),
    mbPerSecNote:
      'engine with the model on, all sizes: total UTF-8 MiB / total of the median times',
    ms2k: round(engineMs[ARTICLE_SIZES.indexOf(2_000)]!),
    modelMsPer1kWords: round((sum(modelMs) / totalWords) * 1000, 3),
    /** The same with the scores of words seen before kept, as in a background that analysed the same words before. */
    modelMsPer1kWordsWarm: round((sum(warm.map(median)) / totalWords) * 1000, 3),
    assetBytes: asset.length,
    assetGzipBytes: gzipSync(asset).length,
    sizes: ARTICLE_SIZES.map((words, k) => ({
      words,
      engineMs: round(engineMs[k]!),
      modelMs: round(modelMs[k]!),
    })),
  };
}
