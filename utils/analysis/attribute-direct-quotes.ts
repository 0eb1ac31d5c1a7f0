import { cueAt, speakerFollows, type CueMatch } from './cue-match';
import type { QuoteSpan } from './find-direct-quotes';
import { phraseAfter, phraseBefore, type SpeakerPhrase } from './speaker-phrase';
import { clauseSubject, sharedSubject, subjectBefore } from './speaker-subject';
import type { Tokens } from './tokenize';
import { PRONOUNS } from './vocabulary';

/** A quotation with the cue and speaker words found next to it, and what kind of quotation it is. */
export interface AttributedQuote {
  span: QuoteSpan;
  kind: 'quote' | 'scare' | 'title';
  cue: CueMatch | null;
  speaker: SpeakerPhrase | null;
  /** The quotation this one continues after its cue ("“A,” she said. “B.”"). */
  continues: AttributedQuote | null;
}

const STOPS = new Set(['.', '!', '?', ';', ':', '(', ')']);
// How far from a quotation mark the cue may be; keeps each lookup constant-time.
const WINDOW = 14;

// After these cues comes the one spoken to ("told Fox News:"), never the speaker.
const ADDRESSED = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'reminded', 'informed']);

function speakerFor(tk: Tokens, m: CueMatch, sentenceFirst: number): SpeakerPhrase | null {
  if (speakerFollows(tk, m)) return phraseAfter(tk, m.end);
  return (
    sharedSubject(tk, m.first, sentenceFirst) ??
    subjectBefore(tk, m.first, sentenceFirst) ??
    (ADDRESSED.has(tk.norm(m.first)) ? null : phraseAfter(tk, m.end))
  );
}

/** `“…,” Rudskoy said` / `“…,” said Rudskoy` / `“…,” according to Rudskoy`. */
function after(tk: Tokens, close: number): Pick<AttributedQuote, 'cue' | 'speaker'> | null {
  let k = close + 1;
  // The second mark of a doubled ('') closer.
  if (tk.isQuote(k) && tk.start[k] === tk.end[close]) k++;
  const comma = tk.norm(k) === ',';
  if (comma) k++;
  const direct = cueAt(tk, k);
  if (direct) return { cue: direct, speaker: phraseAfter(tk, direct.end) };
  for (let j = k + 1; j < tk.length && j <= k + WINDOW; j++) {
    if (!tk.isWord(j)) return tk.norm(j) === ',' ? nameThenAppositive(tk, k, j) : null;
    const m = cueAt(tk, j);
    if (!m) continue;
    const speaker = subjectBefore(tk, j, k);
    if (!speaker || speaker.first !== k) return null;
    // "“Why so late?” Cueto replied that …": a new sentence whose cue brings its own words.
    if (!comma && tk.cap(k) && introducesOwnWords(tk, m.end)) return null;
    return { cue: m, speaker };
  }
  return null;
}

/** `“…,” Ramos, 58, told AFP` / `“…,” Jenna Golden, Twitter’s director of advertising, said`. */
function nameThenAppositive(
  tk: Tokens,
  first: number,
  comma: number,
): Pick<AttributedQuote, 'cue' | 'speaker'> | null {
  if (!tk.cap(first) || !tk.cap(comma - 1)) return null;
  const name = phraseBefore(tk, comma - 1);
  if (!name || name.first !== first) return null;
  for (let j = comma + 1; j < tk.length && j <= comma + WINDOW; j++) {
    if (tk.norm(j) !== ',') {
      if (tk.isWord(j) || tk.norm(j) === '-') continue;
      return null;
    }
    const m = j > comma + 1 ? cueAt(tk, j + 1) : null;
    if (!m) return null;
    // An age ("Ramos, 58,") is not a role.
    const age = j === comma + 2 && /^\d+$/.test(tk.norm(comma + 1));
    return { cue: m, speaker: age ? name : { ...name, role: { first: comma + 1, end: j } } };
  }
  return null;
}

/** After the cue comes that, a colon or a quotation: the cue reports what follows, not what came before. */
function introducesOwnWords(tk: Tokens, afterCue: number): boolean {
  let i = afterCue;
  while (tk.isWord(i) && i < afterCue + 3 && tk.norm(i) !== 'that') i++;
  const norm = tk.norm(i);
  return norm === 'that' || norm === ':' || tk.isQuote(i);
}

/** `Rudskoy said: “…”` / `Rudskoy told reporters, “…”` / `according to Rudskoy, “…”`. */
function before(
  tk: Tokens,
  open: number,
  sentenceStart: Int32Array,
): Pick<AttributedQuote, 'cue' | 'speaker'> | null {
  // The first mark of a doubled ('') opener.
  if (tk.isQuote(open - 1) && tk.end[open - 1] === tk.start[open]) open--;
  let j = open - 1;
  // "The minister said:" closing the paragraph before a quotation that fills the next one.
  while (tk.isBreak(j) && j > open - 4) j--;
  if (j < open - 1 && tk.norm(j) !== ':') return null;
  if (tk.norm(j) === ',' || tk.norm(j) === ':') j--;
  if (tk.norm(j) === 'that') j--;
  for (let i = j; i >= 0 && i >= j - 6; i--) {
    if (!tk.isWord(i) || STOPS.has(tk.norm(i))) break;
    const m = cueAt(tk, i);
    if (m && m.end - 1 <= j) {
      if (speakerFollows(tk, m)) return { cue: m, speaker: phraseAfter(tk, m.end) };
      return { cue: m, speaker: speakerFor(tk, m, sentenceStart[i]!) };
    }
  }
  // "Cruz played up his chances: “…”": a colon hands the quotation to the sentence's subject.
  if (tk.norm(j + 1) === ':' && j >= 0) {
    const speaker = clauseSubject(tk, sentenceStart[j]!, j + 1);
    if (speaker) return { cue: null, speaker };
  }
  return null;
}

// Small words a title may keep in lower case ("Orange is the New Black").
const TITLE_SMALL = new Set('a an the of with and for to in on at is by or from'.split(' '));

/** Title case right after a word ("told “Morning Report”", "on “Face the Nation”"): a name of a show or book, not speech. */
function isTitle(tk: Tokens, span: QuoteSpan): boolean {
  let words = 0;
  for (let i = span.openTok + 1; i < span.closeTok; i++) {
    if (!tk.isWord(i)) continue;
    if (++words > 6) return false;
    if (!tk.cap(i) && (words === 1 || !TITLE_SMALL.has(tk.norm(i)))) return false;
  }
  return words > 0;
}

// Words that introduce a name, not speech: the nickname “…”, a slogan “…”, titled “…”.
const NAMING = new Set(
  'nickname nicknamed dubbed titled entitled slogan hashtag headline motto moniker catchphrase'.split(
    ' ',
  ),
);

/** The quotation follows a naming word, perhaps with an article between ("the nickname “…”"). */
function namedAs(tk: Tokens, open: number): boolean {
  let i = open - 1;
  if (tk.norm(i) === 'the' || tk.norm(i) === 'a' || tk.norm(i) === 'as') i--;
  return NAMING.has(tk.norm(i));
}

/** "“mkono wa damu,” or “the man with the bloody hand”": a gloss of the quotation before it. */
function orAfter(tk: Tokens, previous: AttributedQuote, span: QuoteSpan): boolean {
  let i = previous.span.closeTok + 1;
  if (tk.norm(i) === ',') i++;
  return tk.norm(i) === 'or' && i + 1 === span.openTok;
}

/** A speech cue between the start of the quotation's sentence and its opening mark. */
function cueEarlier(tk: Tokens, span: QuoteSpan, sentenceStart: Int32Array): boolean {
  for (let i = Math.max(sentenceStart[span.openTok]!, span.openTok - 30); i < span.openTok; i++)
    if (cueAt(tk, i)) return true;
  return false;
}

const CALLING = new Set(
  'called calls calling call described describes describing labelled labeled branded termed'.split(
    ' ',
  ),
);

/**
 * ‘Berg called the report “absurd”’: a verb of calling a few words before the opening mark, after
 * a name. Not after a pronoun ("what he called the “crisis”"), which may mean anyone named nearby.
 */
function calledIt(tk: Tokens, open: number): boolean {
  for (let i = open - 1; i >= open - 5 && tk.isWord(i); i--)
    if (CALLING.has(tk.norm(i))) return tk.cap(i - 1) && !PRONOUNS.has(tk.norm(i - 1));
  return false;
}

const SENTENCE_ENDS = new Set(['.', '?', '!']);

/** “…?” or “….” with no comma after the closing mark: the quotation ends a sentence. */
function endsSentence(tk: Tokens, span: QuoteSpan): boolean {
  return SENTENCE_ENDS.has(tk.norm(span.closeTok - 1)) && tk.norm(span.closeTok + 1) !== ',';
}

function sameParagraph(tk: Tokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tk.isBreak(i)) return false;
  return true;
}

/** Decides for each quotation whether it is a quote (with its cue and speaker), a scare quote, or a title. */
export function attributeDirectQuotes(
  tk: Tokens,
  spans: readonly QuoteSpan[],
  sentenceStart: Int32Array,
): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  let previous: AttributedQuote | null = null;
  for (const span of spans) {
    let found = after(tk, span.closeTok);
    // "I asked her, “Do you …?” She said no.": a quotation that ends its sentence, with no comma
    // after it, belongs to the cue introducing it; the next sentence's cue is someone's answer.
    if (!found || (endsSentence(tk, span) && found.cue?.first !== span.closeTok + 1)) {
      const introduced = before(tk, span.openTok, sentenceStart);
      if (introduced?.cue || !found) found = introduced;
    }
    let continues: AttributedQuote | null = null;
    // "“A,” she said, “B.”": the cue after the first part is the cue before the second.
    if (found?.cue && previous?.kind === 'quote' && previous.cue?.first === found.cue.first)
      continues = previous.continues ?? previous;
    if (
      !found &&
      previous?.speaker &&
      previous.kind === 'quote' &&
      span.openTok - previous.span.closeTok < 40
    ) {
      // A quotation split by its own attribution ("“…,” she said. “…”") keeps the same speaker.
      if (sameParagraph(tk, previous.span.closeTok, span.openTok)) {
        found = { cue: previous.cue, speaker: previous.speaker };
        continues = previous.continues ?? previous;
      }
    }
    let words = 0;
    let capitalised = 0;
    for (let i = span.openTok + 1; i < span.closeTok && words < 8; i++) {
      if (!tk.isWord(i)) continue;
      words++;
      const c = tk.norm(i).charCodeAt(0);
      if (tk.cap(i) || (c >= 48 && c <= 57)) capitalised++;
    }
    const punctuated = tk.isPunct(span.closeTok - 1);
    let kind: AttributedQuote['kind'] = 'quote';
    if (!found && capitalised === words && words <= 6) kind = 'title';
    else if (tk.isWord(span.openTok - 1) && isTitle(tk, span)) kind = 'title';
    // “Parasite” director Bong Joon Ho said …: a name in title case used as a word, not words said.
    else if (!punctuated && tk.norm(span.closeTok + 1) !== ',' && isTitle(tk, span)) kind = 'title';
    else if (
      namedAs(tk, span.openTok) ||
      (previous && previous.kind !== 'quote' && orAfter(tk, previous, span))
    )
      kind = previous && orAfter(tk, previous, span) ? previous.kind : 'title';
    // A word or two without a full stop or comma inside the marks is a term, not a statement.
    else if (
      !punctuated &&
      (words <= 2 || (!found && words <= 6)) &&
      // ‘Berg called the report “absurd”’: a word a speaker used, after that speaker's cue.
      // (In lower case: "Fans call the striker “the Hammer”" gives a nickname.)
      !(words <= 2 && capitalised === 0 && calledIt(tk, span.openTok))
    )
      kind = 'scare';
    // "Y called it “…,” according to the Times": the Times reports Y's words, it did not say them.
    if (found?.cue && speakerFollows(tk, found.cue) && cueEarlier(tk, span, sentenceStart))
      found = null;
    const quote: AttributedQuote = {
      span,
      kind,
      cue: found?.cue ?? null,
      speaker: found?.speaker ?? null,
      continues: kind === 'quote' ? continues : null,
    };
    out.push(quote);
    previous = quote;
  }
  return out;
}
