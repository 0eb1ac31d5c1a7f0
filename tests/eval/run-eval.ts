/**
 * `npm run eval [-- --split train] [--entries] [--misses]`: accuracy on the corpora in ../shared/corpora
 * (claims, terms, and article extraction on corpora/extraction and corpora/pages).
 * Reports the held-out part by default (every fifth article by sorted name); tune only with --split train.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corporaDir, join, type Split } from './corpora';
import { evalReadabilityAgreement, evalSnippets } from './eval-extraction';
import { evalPolnear } from './eval-polnear';
import { evalFlagRate } from './eval-flag-rate';
import { evalPtc } from './eval-ptc';
import { evalRealPages } from './eval-real-pages';
import { evalSeed } from './eval-seed';
import { evalVoice } from './eval-voice';

const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'heldout';
if (splitArg !== 'heldout' && splitArg !== 'train') {
  console.error(`--split must be "heldout" or "train", not "${splitArg}"`);
  process.exit(2);
}
const split: Split = splitArg;
// Per-entry figures are for tuning the lexicon, so they are only shown on the train part.
const entries = args.includes('--entries') && split === 'train';
const dir = corporaDir();
if (!existsSync(dir)) {
  console.error(`No corpora at ${dir}; set SOURCELIGHT_CORPORA.`);
  process.exit(2);
}

const started = performance.now();
const seed = evalSeed(join(dir, 'seed'));
for (const line of seed.lines) console.log(line);
for (const line of evalPolnear(join(dir, 'polnear', 'train'), split)) console.log(line);
for (const line of evalPtc(join(dir, 'ptc', 'train'), split, entries)) console.log(line);
for (const line of evalFlagRate(join(dir, 'polnear', 'train', 'text'), split)) console.log(line);
const voiceFile = new URL('../fixtures/voice/examples.json', import.meta.url);
for (const line of evalVoice(fileURLToPath(voiceFile), args.includes('--misses')))
  console.log(line);
for (const line of await evalSnippets(join(dir, 'extraction'), split)) console.log(line);
for (const line of await evalReadabilityAgreement(join(dir, 'pages'), split)) console.log(line);
const annotations = join(import.meta.dirname, 'real-page-speakers.json');
for (const line of await evalRealPages(dir, annotations)) console.log(line);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
