/**
 * Lines of article metadata that Readability keeps as ordinary blocks when no class name gives them
 * away: "Published: 10:48, Tuesday", "Category : Press Releases", "Views: 184", "By Ann Example".
 * They name the article rather than tell it; a timestamp read as text even became a "speaker".
 */

/** Longer blocks are prose. */
const MAX_META = 120;
// Blocks only: an inline "By …:" opening a paragraph is part of its sentence.
const META_TAGS = new Set(['P', 'DIV', 'LI', 'DD', 'H4', 'H5', 'H6']);

/** A block that starts with a metadata label and a colon. */
const LABELLED =
  /^(?:(?:news |post |publish(?:ed)? |release )?date|published(?: on)?|posted(?: on| in)?|updated|last updated|modified|categor(?:y|ies)|filed under|tags?|topics?|views?|reading time|read time|words?)\s*:/i;
/** A byline alone: "By" and a capitalised name (a sentence starting "By Tuesday, …" ends with a stop). */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\||\/|-|–)\s*[^.!?]*)?$/u;
/** "Last updated September 14, 2016", "Published 10:48 GMT": a label and a date or time, nothing else. */
const STAMP =
  /^(?:[Ll]ast )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?: on| at)?\s+(?:\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2})[^.!?]*$/u;

/** Whether a block of the parsed article is a metadata line (date, category, views, byline). */
export function isMetaLine(el: Element): boolean {
  if (!META_TAGS.has(el.tagName.toUpperCase())) return false;
  const raw = el.textContent ?? '';
  if (raw.length > MAX_META * 3) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_META) return false;
  return LABELLED.test(text) || BYLINE.test(text) || STAMP.test(text);
}
