/**
 * Lines of article metadata that Readability keeps as ordinary blocks when no class name gives them
 * away: "Published: 10:48, Tuesday", "Category : Press Releases", "Views: 184", "By Ann Example",
 * a date alone.
 * They name the article rather than tell it; a timestamp read as text even became a "speaker".
 */

import { shortBlockText } from './short-block';

/** Longer blocks are prose. */
const MAX_META = 120;

/** A block that starts with a metadata label and a colon. */
const LABELLED =
  /^(?:(?:news |post |publish(?:ed)? |release )?date|published(?: on)?|posted(?: on| in)?|updated|last updated|modified|categor(?:y|ies)|filed under|tags?|topics?|views?|reading time|read time|words?)\s*:/i;
/** A byline alone: "By" and a capitalised name (a sentence starting "By Tuesday, …" ends with a stop). */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\||\/|-|–)\s*[^.!?]*)?$/u;
/** "Last updated September 14, 2016", "Published 10:48 GMT": a label and a date or time, nothing else. */
const STAMP =
  /^(?:[Ll]ast )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?: on| at)?\s+(?:\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2})[^.!?]*$/u;

/** A date alone, or with its writer: "July 7, 2020", "Tuesday 15 October 2019 by Ann Example", "2020-07-07". */
const DATE =
  /^(?:\p{L}+,? )?(?:\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? by\s+\p{Lu}[\p{L}.'’ -]*)?$/u;
/** "Written by Ann Example on July 7", "Written by on July 7" (the name left empty by the site). */
const WRITTEN_BY =
  /^(?:[Ww]ritten|[Rr]eported|[Pp]osted|[Pp]ublished) by(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,?\s+(?:on|at)\s+[^!?]*)?$/u;

/** Whether a short block's text (from `shortBlockText`) is a metadata line. */
export function isMetaLineText(text: string): boolean {
  return (
    text.length <= MAX_META &&
    [LABELLED, BYLINE, STAMP, DATE, WRITTEN_BY].some((re) => re.test(text))
  );
}

/** Whether a block of the parsed article is a metadata line (date, category, views, byline). */
export function isMetaLine(el: Element): boolean {
  const text = shortBlockText(el, MAX_META);
  return text !== null && isMetaLineText(text);
}
