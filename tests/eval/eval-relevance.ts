/**
 * `npx tsx tests/eval/eval-relevance.ts [--split train|heldout] [--verbose]`: how many real news
 * pages about other subjects list a library document. The seed must list its documents; the pages
 * of ../shared/corpora/extraction and pages (none about chemical weapons) must list none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText } from '../../utils/analysis/analyze-text';
import { readArticle } from '../../utils/cli/read-article';
import { BUNDLED_PACKS } from '../../utils/library/bundled-packs';
import { buildMatchIndex } from '../../utils/library/match-index';
import { matchWithIndex } from '../../utils/library/match-core';
import { SourcePackSchema } from '../../utils/library/pack-schema';
import { corporaDir, inSplit, join, listFiles, type Split } from './corpora';

const args = process.argv.slice(2);
const split: Split =
  args.includes('--split') && args[args.indexOf('--split') + 1] === 'train' ? 'train' : 'heldout';
const verbose = args.includes('--verbose');
const packs = BUNDLED_PACKS.map((raw) => SourcePackSchema.parse(raw));
const index = buildMatchIndex({
  documents: packs.flatMap((p) => p.documents),
  entities: packs.flatMap((p) => p.entities),
  topics: packs.flatMap((p) => p.topics),
});
const dir = corporaDir();

function listed(text: string): string[] {
  const matches = matchWithIndex(index, { text, analysis: analyzeText(text) });
  return matches.map((m) => `${m.document.id} (${m.score}: ${m.reasons.join('; ')})`);
}

function report(name: string, items: { name: string; text: string }[]): void {
  let withAny = 0;
  for (const item of items) {
    const docs = listed(item.text);
    if (docs.length > 0) withAny += 1;
    if (docs.length > 0 && verbose) console.log(`  ${item.name}: ${docs.slice(0, 3).join(' | ')}`);
  }
  const pct = ((100 * withAny) / Math.max(1, items.length)).toFixed(1);
  console.log(`${name}: ${withAny} of ${items.length} list a document (${pct}%)`);
}

const seedText = readFileSync(join(dir, 'seed', 'article.txt'), 'utf8');
console.log(`seed: ${listed(seedText).length} documents`);
if (verbose) listed(seedText).forEach((line) => console.log(`  ${line}`));

const pages: { name: string; text: string }[] = [];
for (const file of listFiles(join(dir, 'extraction', 'pages'), '.html')) {
  const read = await readArticle(join(dir, 'extraction', 'pages', file));
  if (read.ok) pages.push({ name: file, text: read.text });
}
for (const name of readdirSync(join(dir, 'pages')).sort()) {
  const read = await readArticle(join(dir, 'pages', name, 'source.html')).catch(() => null);
  if (read?.ok) pages.push({ name, text: read.text });
}
report('extraction + pages', pages);

const polnear = inSplit(listFiles(join(dir, 'polnear', 'train', 'text'), '.txt'), split);
report(
  `polnear (${split})`,
  polnear.map((f) => ({
    name: f,
    text: readFileSync(join(dir, 'polnear', 'train', 'text', f), 'utf8'),
  })),
);
const ptc = inSplit(listFiles(join(dir, 'ptc', 'train'), '.txt'), split);
report(
  `ptc (${split})`,
  ptc.map((f) => ({ name: f, text: readFileSync(join(dir, 'ptc', 'train', f), 'utf8') })),
);
