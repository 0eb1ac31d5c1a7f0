import type { Quote } from './analysis-schema';
import type { CueMatch } from './cue-match';
import type { ReportedSpeech } from './find-reported-speech';
import type { NameSite } from './name-sites';
import { paragraphSubject } from './paragraph-subject';
import type { SpeakerPhrase } from './speaker-phrase';
import { clauseSubject } from './speaker-subject';
import type { Tokens } from './tokenize';

/**
 * Speakers for quotations with no cue of their own, from the claims and sentences around them. One
 * file: the rules run in order over the same drafts, each only where the ones before found nothing.
 */

/** A quote or reported claim before its speaker is resolved, as token ranges. */
export interface Draft {
  kind: Quote['kind'];
  first: number;
  end: number;
  start: number;
  stop: number;
  cue: CueMatch | null;
  speaker: SpeakerPhrase | null;
  /** The draft this one continues (a quotation split by its cue). */
  continues?: Draft;
  /** The speaker is the person the paragraph before is about, not named at the quotation. */
  inferred?: boolean;
}

/** Paragraph number of each token. */
function paragraphs(tk: Tokens): Int32Array {
  const index = new Int32Array(tk.length);
  let p = 0;
  for (let i = 0; i < tk.length; i++) {
    if (tk.isBreak(i) && !tk.isBreak(i - 1)) p++;
    index[i] = p;
  }
  return index;
}

/**
 * A quotation that opens its paragraph with nobody named keeps the speaker of the claim just before
 * it, in the same or the previous paragraph (the news convention of a quote after its attribution).
 */
export function inheritSpeakers(
  tk: Tokens,
  drafts: Draft[],
  sentenceOf: Int32Array,
  sentenceFirst: Int32Array,
  sites: () => readonly NameSite[],
): void {
  // A partial quotation inside a reported claim ("X said the plan was “a disaster”") is X's.
  const bySentence = new Map<number, Draft>();
  for (const d of drafts) {
    if (d.speaker && !bySentence.has(sentenceOf[d.first]!)) bySentence.set(sentenceOf[d.first]!, d);
  }
  for (const d of drafts) {
    if (d.speaker || d.kind !== 'direct') continue;
    const owner = bySentence.get(sentenceOf[d.first]!);
    if (owner) {
      d.speaker = owner.speaker;
      d.cue = owner.cue;
    }
  }
  const paragraphOf = paragraphs(tk);
  let previous: Draft | null = null;
  for (const d of drafts) {
    const open = d.first - 1;
    if (
      !d.speaker &&
      d.kind === 'direct' &&
      previous?.speaker &&
      (open === 0 || tk.isBreak(open - 1)) &&
      paragraphOf[open]! - paragraphOf[previous.end - 1]! <= 1
    ) {
      d.speaker = previous.speaker;
    }
    if (d.speaker) previous = d;
  }
  let speakers: Set<string> | undefined;
  const speaks = (surname: string) =>
    (speakers ??= new Set(
      drafts.flatMap((x) => (x.speaker ? [tk.norm(x.speaker.end - 1).replace(/'s$/, '')] : [])),
    )).has(surname);
  for (const d of drafts) {
    let open = d.first - 1;
    // The first mark of a doubled ('') opener.
    if (tk.isQuote(open - 1) && tk.end[open - 1] === tk.start[open]) open--;
    if (d.speaker || d.kind !== 'direct' || !(open === 0 || tk.isBreak(open - 1))) continue;
    let after = d.end + 1;
    while (after < tk.length && (tk.isQuote(after) || tk.norm(after) === '.')) after++;
    if (after < tk.length && !tk.isBreak(after)) continue;
    const subject = paragraphSubject(tk, sites(), open, speaks);
    if (subject) [d.speaker, d.inferred] = [subject, true];
  }
  for (const d of drafts) {
    if (d.speaker || d.kind !== 'direct') continue;
    const subject = sentenceSubjectOf(tk, sentenceFirst[d.first]!, d.first - 1);
    if (subject) [d.speaker, d.inferred] = [subject, true];
  }
}

/**
 * "X said the vote was a sign that “…”": a quotation that fills most of a reported clause (`owners`,
 * in text order, not reported themselves) is that clause's speaker's.
 */
export function giveOwners(drafts: readonly Draft[], owners: readonly ReportedSpeech[]): void {
  let k = 0;
  for (const d of drafts) {
    if (d.kind !== 'direct') continue;
    while (k < owners.length && owners[k]!.end < d.first) k++;
    const o = owners[k];
    if (!d.speaker && o && o.first <= d.first && d.end <= o.end + 1) {
      d.speaker = o.speaker;
      d.cue = o.cue;
    }
  }
}

const PASSIVE_BE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

/**
 * "Washington thanked Obama for “taking these steps”": a partial quotation inside a sentence with no
 * cue is most likely the words of the sentence's subject, when that subject is a name and the
 * sentence is not passive ("Trump was called “…” by Ryan").
 */
function sentenceSubjectOf(tk: Tokens, first: number, open: number): SpeakerPhrase | null {
  if (open <= first + 1) return null;
  const subject = clauseSubject(tk, first, open);
  if (!subject || subject.first !== first || !tk.cap(subject.end - 1)) return null;
  for (let i = subject.end; i < open; i++) {
    const norm = tk.norm(i);
    if (norm === 'by' || tk.isQuote(i)) return null;
    if (PASSIVE_BE.has(norm) && tk.norm(i + 1).endsWith('ed')) return null;
  }
  return subject;
}
