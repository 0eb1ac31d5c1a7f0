/** A passage cut into the words before a finding, the finding, and the words after it. */
export interface InContext {
  before: string;
  match: string;
  after: string;
}

/** Characters at most on either side, so a run-on paragraph does not fill a projector screen. */
const MAX_SIDE = 240;
const SENTENCE_END = /[.!?…]["”’)\]]*\s/g;

/**
 * The sentence (or sentences) a finding stands in, from the article text: what the room needs to
 * judge a flagged word ("pretext") that on its own says nothing.
 */
export function sentenceAround(text: string, start: number, end: number): InContext {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextLine = text.indexOf('\n', end);
  const lineEnd = nextLine === -1 ? text.length : nextLine;
  let from = lineStart;
  for (const m of text.slice(lineStart, start).matchAll(SENTENCE_END)) {
    from = lineStart + m.index + m[0].length;
  }
  SENTENCE_END.lastIndex = 0;
  const rest = text.slice(end, lineEnd);
  const stop = /[.!?…]["”’)\]]*(\s|$)/.exec(rest);
  let to = stop ? end + stop.index + stop[0].trimEnd().length : lineEnd;
  from = Math.max(from, start - MAX_SIDE);
  to = Math.min(to, end + MAX_SIDE);
  return {
    before: `${from > lineStart && from === start - MAX_SIDE ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < lineEnd && to === end + MAX_SIDE ? '…' : ''}`,
  };
}

/** A few words either side of a finding: enough to tell its occurrences apart in a list. */
export function wordsAround(text: string, start: number, end: number, words = 4): InContext {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextLine = text.indexOf('\n', end);
  const lineEnd = nextLine === -1 ? text.length : nextLine;
  const beforeWords = text.slice(lineStart, start).split(' ');
  const afterWords = text.slice(end, lineEnd).split(' ');
  const before = beforeWords.slice(-words - 1).join(' ');
  const after = afterWords.slice(0, words + 1).join(' ');
  return {
    before: `${beforeWords.length > words + 1 ? '…' : ''}${before}`,
    match: text.slice(start, end),
    after: `${after}${afterWords.length > words + 1 ? '…' : ''}`,
  };
}
