import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { z } from 'zod';
import { extractArticleText } from '../../utils/article/article-text';
import { mayHoldArticle } from '../../utils/article/may-hold-article';
import { withHtmlDocument } from '../../utils/cli/html-document';
import { CopyPath } from './copy-path';
import { fmt } from './scores';
import { inSplit, join, type Split } from './corpora';

const SnippetsSchema = z.array(
  z.object({
    file: z.string(),
    with: z.array(z.string()),
    without: z.array(z.string()),
  }),
);

/** An article extractor under test: the page's DOM in, its text (or null for "no article") out. */
export type Extractor = (doc: Document) => string | null;

// NFC on both sides: a page and its snippets may spell the same letter in two ways (Bengali "য়"
// is one code point on ukbdnews and two in its snippets), which is the same text to a reader.
export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const tokens = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Bag-of-tokens F1 between an extraction and the reference text (as Trafilatura's and Readability's evals). */
export function tokenF1(got: string, want: string): number {
  const counts = new Map<string, number>();
  const wanted = tokens(want);
  for (const t of wanted) counts.set(t, (counts.get(t) ?? 0) + 1);
  const gotTokens = tokens(got);
  let common = 0;
  for (const t of gotTokens) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common += 1;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / gotTokens.length;
  const r = common / wanted.length;
  return (2 * p * r) / (p + r);
}

/** Every page of ../shared/corpora/extraction with its snippets, sorted by file name (also read by the e2e real-page check). */
export function snippetPages(dir: string): z.infer<typeof SnippetsSchema> {
  const all = SnippetsSchema.parse(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
  return all.sort((a, b) => a.file.localeCompare(b.file));
}

/** The pages of ../shared/corpora/extraction in `split`, with their snippets. */
export function snippetPagesIn(dir: string, split: Split): z.infer<typeof SnippetsSchema> {
  return inSplit(snippetPages(dir), split);
}

/** The page folders of ../shared/corpora/pages in `split` (also read by the e2e real-page check). */
export function readabilityPagesIn(dir: string, split: Split): string[] {
  return inSplit(
    readdirSync(dir)
      .filter((n) => existsSync(join(dir, n, 'expected.html')))
      .sort(),
    split,
  );
}

/**
 * ../shared/corpora/extraction: share of must-snippets kept, of must-not snippets left out, pages
 * where nothing was found, and pages passing the cheap gate. Misses are listed on the train part only.
 */
export async function evalSnippets(
  dir: string,
  split: Split,
  extract: Extractor = extractArticleText,
): Promise<string[]> {
  const file = join(dir, 'expected.json');
  if (!existsSync(file)) return [`extraction: no ${file}`];
  const pages = snippetPagesIn(dir, split);
  let kept = 0;
  let want = 0;
  let out = 0;
  let wantOut = 0;
  let empty = 0;
  let gated = 0;
  let perfect = 0;
  const copy = new CopyPath();
  const misses: string[] = [];
  for (const page of pages) {
    const html = readFileSync(join(dir, 'pages', page.file), 'utf8');
    const [text, gate] = await withHtmlDocument(html, (doc) => {
      const gate = mayHoldArticle(doc);
      const text = extract(doc);
      if (gate) copy.add(page.file, doc, text);
      return [text, gate] as const;
    });
    if (gate) gated += 1;
    if (!text) empty += 1;
    const got = squash(text ?? '');
    const lost = page.with.filter((s) => !got.includes(squash(s)));
    const leaked = page.without.filter((s) => got.includes(squash(s)));
    kept += page.with.length - lost.length;
    want += page.with.length;
    out += page.without.length - leaked.length;
    wantOut += page.without.length;
    if (lost.length === 0 && leaked.length === 0 && text) perfect += 1;
    if (split === 'train' && (lost.length || leaked.length || !text)) {
      misses.push(`  ${page.file}${text ? '' : ' (nothing)'}`);
      for (const s of lost) misses.push(`    lost: ${s.slice(0, 70)}`);
      for (const s of leaked) misses.push(`    leaked: ${s.slice(0, 70)}`);
    }
  }
  return [
    `extraction (${split}, ${pages.length} pages of corpora/extraction): must-snippets kept ${pct(kept / want)} (${kept}/${want}), ` +
      `must-not left out ${pct(out / wantOut)} (${out}/${wantOut}), pages with nothing ${empty}, ` +
      `all snippets right ${perfect}, gate says "may be an article" ${gated}; ${copy}`,
    ...misses,
  ];
}

/** ../shared/corpora/pages: token F1 against Readability 0.6's own expected output, and the gate. */
export async function evalReadabilityAgreement(
  dir: string,
  split: Split,
  extract: Extractor = extractArticleText,
): Promise<string[]> {
  if (!existsSync(dir)) return [`extraction agreement: no ${dir}`];
  const names = readabilityPagesIn(dir, split);
  const scores: number[] = [];
  let empty = 0;
  let gateAgrees = 0;
  const copy = new CopyPath();
  const low: string[] = [];
  for (const name of names) {
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as {
      readerable?: boolean;
    };
    const source = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const expected = readFileSync(join(dir, name, 'expected.html'), 'utf8');
    const [text, gate] = await withHtmlDocument(source, (doc) => {
      const gate = mayHoldArticle(doc);
      const text = extract(doc);
      if (gate) copy.add(name, doc, text);
      return [text, gate] as const;
    });
    const want = await withHtmlDocument(expected, (doc) => doc.body.textContent ?? '');
    if (!text) empty += 1;
    if (gate === (meta.readerable ?? true)) gateAgrees += 1;
    const f1 = tokenF1(text ?? '', want);
    scores.push(f1);
    if (split === 'train' && f1 < 0.9)
      low.push(`  ${name}: F1 ${fmt(f1)}${text ? '' : ' (nothing)'}`);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  return [
    `extraction vs Readability's expected output (${split}, ${names.length} pages of corpora/pages): ` +
      `token F1 ${fmt(mean)}, pages with nothing ${empty}, gate agrees with isProbablyReaderable ${gateAgrees}/${names.length}; ${copy}`,
    ...low,
  ];
}
