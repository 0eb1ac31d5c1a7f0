import { isRecord } from '../schema/is-record';
import { boxesAround } from './article-scope';
import { jsonLdOutside, textNodes } from './clone-for-parsing';
import { titleHeadingIn } from './title-heading';
import { openTag, outerHtmlWithoutCode } from './html-without-code';
import {
  assembleArticle,
  firstUnusedFrom,
  textIndex,
  type KeptSink,
  type LiveArticle,
} from './assemble-article';

/**
 * What Readability kept, found in a copy of the page parsed from its HTML in another context (the
 * offscreen document in Chrome, the background page in Firefox), so that the page's own main thread
 * never runs Readability: positions of the copy's text nodes, their text, and paragraph breaks.
 */
export interface ArticlePlan {
  /** In reading order: a text node's position among the text nodes of the copy's body, or -1 for
   * a break. */
  steps: number[];
  /** The text of each node step, in order (to find the node on the page when positions drift). */
  texts: string[];
  title: string | null;
}

/**
 * Checked in one loop per list rather than one zod schema per item or field: a plan has a step for
 * every text node kept, and the page checks it with cold code, where building and first running a
 * zod object costs more than the loops (issue 18).
 */
export function isArticlePlan(v: unknown): v is ArticlePlan {
  if (!isRecord(v)) return false;
  const { steps, texts, title } = v;
  return (
    Array.isArray(steps) &&
    steps.every(isStep) &&
    Array.isArray(texts) &&
    texts.every((t) => typeof t === 'string') &&
    (title === null || typeof title === 'string')
  );
}

/** A step: a whole number from -1. */
const isStep = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= -1;

/** A paragraph break among the steps. */
export const BREAK = -1;

/** Text nodes with only whitespace: many look alike, so they are taken only where expected. */
export const BLANK = /^\s*$/;
/** How far from where it is expected a whitespace node is looked for. */
const BLANK_REACH = 2;
/** A short text found further than this from where it was expected is another node with the same words. */
const SHORT_REACH = 64;
const SHORT = 20;

/**
 * Hands on the page's own text nodes for a plan made on a copy of its HTML. Positions match when
 * the copy parsed to the same nodes; where they drift (text the page's scripts split into several
 * nodes, `<noscript>` parsed differently, empty nodes that do not survive HTML), each node is found
 * by its text after the last one matched, or as a run of adjacent page nodes that make up its text.
 * Only text with words moves the place: whitespace nodes look alike and are taken only near it.
 */
export function planReplay(
  liveTexts: readonly Text[],
  plan: ArticlePlan,
): (sink: KeptSink) => void {
  return (sink) => {
    let byText: Map<string, number[]> | null = null;
    const used = new Set<Text>();
    let drift = 0;
    let cursor = 0;
    let j = 0;
    const fits = (at: number, data: string): boolean => {
      const node = liveTexts[at];
      return node !== undefined && node.data === data && !used.has(node);
    };
    const emit = (from: number, to: number): void => {
      for (let k = from; k <= to; k++) {
        const node = liveTexts[k]!;
        used.add(node);
        sink.text(node);
      }
    };
    const take = (from: number, to: number, step: number): void => {
      emit(from, to);
      cursor = to + 1;
      drift = from - step;
    };
    /** Adjacent page nodes from `at` whose texts joined are `data` (the copy merged them). */
    const run = (at: number, data: string): number | undefined => {
      let joined = '';
      for (let k = at; k >= 0 && k < liveTexts.length && joined.length < data.length; k++) {
        const node = liveTexts[k]!;
        if (used.has(node)) return undefined;
        joined += node.data;
        if (!data.startsWith(joined)) return undefined;
        if (joined.length === data.length && k > at) return k;
      }
      return undefined;
    };
    for (const step of plan.steps) {
      if (step === BREAK) {
        sink.newline();
        continue;
      }
      const data = plan.texts[j++] ?? '';
      const expected = step + drift;
      if (BLANK.test(data)) {
        for (let d = 0; d <= BLANK_REACH; d++) {
          const at = [expected + d, expected - d].find((k) => fits(k, data));
          if (at !== undefined) {
            emit(at, at);
            break;
          }
        }
        continue;
      }
      if (fits(expected, data)) {
        take(expected, expected, step);
        continue;
      }
      byText ??= textIndex(liveTexts);
      const found = firstUnusedFrom(byText.get(data) ?? [], cursor, liveTexts, used);
      if (
        found !== undefined &&
        (data.trim().length >= SHORT || Math.abs(found - expected) <= SHORT_REACH)
      ) {
        take(found, found, step);
        continue;
      }
      for (const at of [expected, cursor]) {
        const end = run(at, data);
        if (end !== undefined) {
          take(at, end, step);
          break;
        }
      }
    }
  };
}

/**
 * The article on the live page from a plan made on a copy of its HTML (see `planReplay`): of
 * `scope`, the part of the body the copy was made of (`pageHtml`), with the heading of the plan's
 * title where it is inside that part, as the in-process path reads it (`parseArticle`).
 */
export function mapPlanToLive(
  doc: Document,
  plan: ArticlePlan,
  isVisible?: (el: Element) => boolean,
  scope: Element | null = doc.body,
): LiveArticle | null {
  if (!scope) return null;
  const heading = titleHeadingIn(doc, plan.title, scope);
  return assembleArticle(planReplay(textNodes(scope), plan), isVisible, heading);
}

/** What of the page's `<head>` Readability reads: the title and the metadata. */
const HEAD_PARTS = 'title, meta, base, script[type="application/ld+json"]';

/** Where code begins in serialised HTML: a comment, or a script's or a style's opening tag. */
const CODE = /<!--|<(script|style)\b[^>]*>/g;

/**
 * The page's HTML as a copy can be parsed from: the doctype (a copy without one would parse in
 * quirks mode), the title and metadata of the head (about half of a news page's HTML is its head's
 * scripts and styles, which Readability does not read) and of the body only `scope`, the part that
 * can hold the article (`article-scope.ts`), inside empty copies of the boxes around it (their
 * names are read by the furniture rules), with the body's JSON-LD from outside it moved to the
 * head. The contents of scripts (but JSON-LD, which Readability reads), styles and comments are
 * left out: a third of a body's HTML on the saved real pages, and the page pays for every character
 * it writes and sends (issue 18), so the larger code is left out as the HTML is written
 * (`html-without-code.ts`) and the rest after (`withoutCode`). Each is kept as an element or
 * comment holding one space or nothing, so that the copy's body has the same text nodes in the
 * same places as `scope` (the plan names text nodes by their position).
 */
export function pageHtml(doc: Document, scope: Element | null = doc.body): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : '';
  let head = '';
  for (const el of doc.head?.querySelectorAll(HEAD_PARTS) ?? []) head += el.outerHTML;
  if (!doc.body || !scope || scope === doc.body)
    return `${doctype}<html><head>${head}</head>${lean(doc.body ? outerHtmlWithoutCode(doc.body) : '')}</html>`;
  for (const el of jsonLdOutside(doc, scope)) head += el.outerHTML;
  const boxes = [doc.body, ...boxesAround(scope)];
  let open = '';
  let close = '';
  for (const box of boxes) {
    open += openTag(box);
    close = `</${box.localName}>${close}`;
  }
  return `${doctype}<html><head>${head}</head>${open}${lean(outerHtmlWithoutCode(scope))}${close}</html>`;
}

/**
 * Attributes neither Readability nor the furniture rules read, and that are a fifth of a copy's
 * bytes on the saved real pages: SVG path data, responsive image lists, event handlers' code and
 * `data-*`; and links' addresses (a tenth of what was left, sixteenth session), but for those
 * Readability reads: an in-page `#` link counts less towards a box's link density, and a
 * `javascript:` link is unwrapped into its text. Matched only inside a start tag: looking back from
 * the match to `<name` with no `<` or `>` between (the look back after the attribute, so that it
 * runs only where one matched). Text keeps its `"` unescaped, so a paragraph that reads
 * `data-x="1"` is left as it is.
 */
const BULKY_ATTRIBUTE =
  /\s(?:d|srcset|sizes|on[a-z]+|data-[^\s"'>/=]+|href(?!="(?:#|javascript:)))="[^"]*"(?<=<[a-zA-Z][^<>]*)/g;

/** A body's serialised HTML as the copy sends it: no code (`withoutCode`), no bulky attributes. */
const lean = (html: string): string => withoutCode(html).replace(BULKY_ATTRIBUTE, '');

/**
 * Serialised HTML with the text of scripts (but JSON-LD), styles and comments emptied. The
 * serialiser writes a script's or style's text as it is, up to its end tag, and escapes `<` in
 * text and attribute values, so every match here is real markup.
 */
function withoutCode(html: string): string {
  let out = '';
  let from = 0;
  CODE.lastIndex = 0;
  for (let m = CODE.exec(html); m; m = CODE.exec(html)) {
    const open = m.index + m[0].length;
    const tag = m[1];
    if (tag && m[0].includes('ld+json')) continue;
    const close = tag ? `</${tag}>` : '-->';
    const end = html.indexOf(close, open);
    if (end < 0) break;
    // A script's non-empty text stays one text node (a space); a comment's text is no node.
    out += html.slice(from, open) + (tag && end > open ? ' ' : '');
    from = end;
    CODE.lastIndex = end + close.length;
  }
  return out + html.slice(from);
}
