import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { tokenize } from '../../utils/analysis/tokenize';
import { suggestPossibleTerms } from '../../utils/term-model/possible-terms';
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
  const engine: number[][] = texts.map(() => []);
  const model: number[][] = texts.map(() => []);
  for (let run = 0; run < runs; run++) {
    texts.forEach((text, k) => {
      engine[k]!.push(...timeRuns(() => analyzeText(text, suggestPossibleTerms), 1));
      model[k]!.push(...timeRuns(() => modelOnly(k), 1));
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
    assetBytes: asset.length,
    assetGzipBytes: gzipSync(asset).length,
    sizes: ARTICLE_SIZES.map((words, k) => ({
      words,
      engineMs: round(engineMs[k]!),
      modelMs: round(modelMs[k]!),
    })),
  };
}
