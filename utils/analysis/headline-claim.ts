import type { ReportedSpeech } from './find-reported-speech';
import { contentEnd } from './reported-clause';
import type { Sentence } from './sentences';
import { phraseBefore } from './speaker-phrase';
import type { Tokens } from './tokenize';

// Labels that open a line with a colon without anyone speaking.
const NOT_SPEAKERS = new Set(
  'update updated note photo photos video watch related correction source sources editor read listen live latest breaking exclusive opinion analysis transcript'.split(
    ' ',
  ),
);

/** "Quill: The oil is not ours": a name and a colon opening a paragraph, as headlines attribute claims. */
export function headlineClaim(tk: Tokens, s: Sentence): ReportedSpeech | null {
  if (s.first > 0 && !tk.isBreak(s.first - 1)) return null;
  for (let c = s.first + 1; c < s.first + 6 && c < s.end; c++) {
    if (tk.norm(c) !== ':') {
      if (!tk.isWord(c) || !tk.cap(c)) return null;
      continue;
    }
    const speaker = phraseBefore(tk, c - 1);
    const end = contentEnd(tk, s);
    if (!speaker || speaker.first !== s.first || end - c < 4) return null;
    if (NOT_SPEAKERS.has(tk.norm(c - 1))) return null;
    return { cue: { first: c, end: c + 1, value: { neutral: true } }, speaker, first: c + 1, end };
  }
  return null;
}
