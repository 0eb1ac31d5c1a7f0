import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeText } from '../../utils/analysis/analyze-text';
import type { Quote } from '../../utils/analysis/analysis-schema';
import { join } from './corpora';
import { matchOneToOne } from './match-one-to-one';
import { pageTexts } from './page-text';
import { fmt } from './scores';

const SPEECH = ['named', 'described', 'anonymous'] as const;
const NOT_SPEECH = ['title', 'nickname', 'slogan', 'term', 'scare', 'other'] as const;
const AnnotationsSchema = z.object({
  pages: z.array(
    z.object({
      file: z.string(),
      quotes: z.array(
        z.union([
          z.tuple([z.number(), z.number(), z.enum(SPEECH), z.string()]),
          z.tuple([z.number(), z.number(), z.enum(NOT_SPEECH)]),
        ]),
      ),
    }),
  ),
});

interface Gold {
  start: number;
  end: number;
  kind: string;
  speakers: string[];
}

/** `text` without whitespace, and for each of its characters the offset in `text`. */
function squeeze(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    out += text[i];
    at.push(i);
  }
  return { text: out, at };
}

/**
 * Places each annotated quotation (offsets into the reference text) in the extracted article text
 * by its words, whitespace aside, in reading order; those the extraction lost are left out.
 */
function placeInArticle(reference: string, article: string, quotes: Gold[]): Gold[] {
  const a = squeeze(article);
  let cursor = 0;
  const placed: Gold[] = [];
  for (const g of [...quotes].sort((x, y) => x.start - y.start)) {
    const needle = squeeze(reference.slice(g.start, g.end)).text;
    if (!needle) continue;
    let k = a.text.indexOf(needle, cursor);
    if (k < 0) k = a.text.indexOf(needle);
    if (k < 0) continue;
    cursor = k + needle.length;
    placed.push({ ...g, start: a.at[k]!, end: a.at[k + needle.length - 1]! + 1 });
  }
  return placed;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function speakerRight(q: Quote, g: Gold): boolean {
  if (!q.speaker) return false;
  const ours = new Set([...words(q.speaker.name), ...words(q.speaker.mention)]);
  return g.speakers.some((alt) => ours.has(words(alt).at(-1) ?? ''));
}

/**
 * The real-page speaker check: hand-annotated quotations on saved news pages, run through the
 * product's own article extraction. Reports quote recall, speaker accuracy, speakers shown as
 * named but wrong, and the share of shown direct quotes that are speech.
 */
export async function evalRealPages(corpora: string, annotations: string): Promise<string[]> {
  const { pages } = AnnotationsSchema.parse(JSON.parse(readFileSync(annotations, 'utf8')));
  const n = { speech: 0, found: 0, right: 0, unclear: 0, named: 0, namedWrong: 0 };
  const shown = { matched: 0, speech: 0 };
  let lost = 0;
  const wrongLines: string[] = [];
  for (const page of pages) {
    const { reference, article } = await pageTexts(join(corpora, page.file));
    const gold: Gold[] = page.quotes.map(([start, end, kind, speaker]) => ({
      start,
      end,
      kind,
      speakers: speaker ? speaker.split('|') : [],
    }));
    const speech = gold.filter((g) => g.speakers.length > 0);
    n.speech += speech.length;
    if (!article) {
      lost += speech.length;
      continue;
    }
    const placed = placeInArticle(reference, article, gold);
    lost += speech.length - placed.filter((g) => g.speakers.length > 0).length;
    const direct = analyzeText(article).quotes.filter((q) => q.kind === 'direct');
    const pairs = matchOneToOne(direct, placed);
    direct.forEach((q, i) => {
      const g = placed[pairs[i]!];
      if (!g) return;
      shown.matched++;
      if (g.speakers.length === 0) {
        wrongLines.push(
          `    ${page.file}: shown as a claim, but a ${g.kind} (${g.end - g.start} chars)`,
        );
        return;
      }
      shown.speech++;
      n.found++;
      const right = speakerRight(q, g);
      if (right) n.right++;
      if (!q.speaker) n.unclear++;
      if (q.speaker?.named) {
        n.named++;
        if (!right) {
          n.namedWrong++;
          wrongLines.push(`    ${page.file}: "${q.speaker.name}" for ${g.speakers.join('|')}`);
        }
      }
    });
  }
  const share = (a: number, b: number) => `${fmt(b ? a / b : 0)} (${a}/${b})`;
  return [
    `real pages (${pages.length} annotated news pages, through the article extraction)`,
    `  quote recall: ${share(n.found, n.speech)}  (${lost} quotes lost by the extraction)`,
    `  speaker accuracy: ${share(n.right, n.found)}  unclear: ${share(n.unclear, n.found)}`,
    `  shown as named but wrong: ${share(n.namedWrong, n.named)}`,
    `  shown direct quotes that are speech: ${share(shown.speech, shown.matched)}`,
    ...(process.env.SOURCELIGHT_EVAL_DETAIL ? wrongLines : []),
  ];
}
