import { cueAt, speakerFollows, type CueMatch } from './cue-match';
import type { QuoteSpan } from './find-direct-quotes';
import { phraseAfter, phraseBefore, skipBetween, type SpeakerPhrase } from './speaker-phrase';
import type { Token } from './tokenize';

/** A quotation with the cue and speaker words found next to it, and what kind of quotation it is. */
export interface AttributedQuote {
  span: QuoteSpan;
  kind: 'quote' | 'scare' | 'title';
  cue: CueMatch | null;
  speaker: SpeakerPhrase | null;
}

const STOPS = new Set(['.', '!', '?', ';', ':', '(', ')']);
// How far from a quotation mark the cue may be; keeps each lookup constant-time.
const WINDOW = 14;

function speakerFor(tokens: readonly Token[], m: CueMatch): SpeakerPhrase | null {
  if (speakerFollows(tokens, m)) return phraseAfter(tokens, m.end);
  return phraseBefore(tokens, skipBetween(tokens, m.first - 1)) ?? phraseAfter(tokens, m.end);
}

/** `“…,” Rudskoy said` / `“…,” said Rudskoy` / `“…,” according to Rudskoy`. */
function after(
  tokens: readonly Token[],
  close: number,
): Pick<AttributedQuote, 'cue' | 'speaker'> | null {
  let k = close + 1;
  if (tokens[k]?.norm === ',') k++;
  const direct = cueAt(tokens, k);
  if (direct) return { cue: direct, speaker: phraseAfter(tokens, direct.end) };
  for (let j = k + 1; j < tokens.length && j <= k + WINDOW; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const m = cueAt(tokens, j);
    if (!m) continue;
    const speaker = phraseBefore(tokens, skipBetween(tokens, j - 1));
    return speaker && speaker.first === k ? { cue: m, speaker } : null;
  }
  return null;
}

/** `Rudskoy said: “…”` / `Rudskoy told reporters, “…”` / `according to Rudskoy, “…”`. */
function before(
  tokens: readonly Token[],
  open: number,
): Pick<AttributedQuote, 'cue' | 'speaker'> | null {
  let j = open - 1;
  if (tokens[j]?.norm === ',' || tokens[j]?.norm === ':') j--;
  if (tokens[j]?.norm === 'that') j--;
  for (let i = j; i >= 0 && i >= j - 6; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || STOPS.has(t.norm)) break;
    const m = cueAt(tokens, i);
    if (m && m.end - 1 <= j) {
      if (speakerFollows(tokens, m)) return { cue: m, speaker: phraseAfter(tokens, m.end) };
      return { cue: m, speaker: speakerFor(tokens, m) };
    }
  }
  return null;
}

function sameParagraph(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'break') return false;
  return true;
}

/** Decides for each quotation whether it is a quote (with its cue and speaker), a scare quote, or a title. */
export function attributeDirectQuotes(
  tokens: readonly Token[],
  spans: readonly QuoteSpan[],
): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  let previous: AttributedQuote | null = null;
  for (const span of spans) {
    let found = after(tokens, span.closeTok) ?? before(tokens, span.openTok);
    if (
      !found &&
      previous?.speaker &&
      previous.kind === 'quote' &&
      span.openTok - previous.span.closeTok < 40
    ) {
      // A quotation split by its own attribution ("“…,” she said. “…”") keeps the same speaker.
      if (sameParagraph(tokens, previous.span.closeTok, span.openTok))
        found = { cue: previous.cue, speaker: previous.speaker };
    }
    let words = 0;
    let capitalised = 0;
    for (let i = span.openTok + 1; i < span.closeTok && words < 8; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      words++;
      if (t.cap || /^[0-9]/.test(t.norm)) capitalised++;
    }
    let kind: AttributedQuote['kind'] = 'quote';
    if (!found && capitalised === words && words <= 6) kind = 'title';
    else if (!found && words <= 3) kind = 'scare';
    const quote: AttributedQuote = {
      span,
      kind,
      cue: found?.cue ?? null,
      speaker: found?.speaker ?? null,
    };
    out.push(quote);
    previous = quote;
  }
  return out;
}
