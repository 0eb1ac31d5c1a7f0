import type { Analysis, Cue, Quote } from './analysis-schema';
import { attributeDirectQuotes, type AttributedQuote } from './attribute-direct-quotes';
import type { CueMatch } from './cue-match';
import { describeSpeaker } from './describe-speaker';
import { findDirectQuotes } from './find-direct-quotes';
import { findEntities, isOrganisationRole } from './find-entities';
import { findReportedSpeech, type ReportedSpeech } from './find-reported-speech';
import { findSourcing } from './find-sourcing';
import { findTerms, type TermSuggester, type Voices } from './find-terms';
import { resolveSpeakers } from './resolve-speakers';
import { withoutRepeats } from './repeated-claims';
import { lowerWordsOf } from './speaker-plausible';
import { nameSites, type NameSite } from './name-sites';
import { orgNames, type OrgName } from './org-names';
import { paragraphSubject } from './paragraph-subject';
import { companyNames } from './company-names';
import { keepScareQuotes } from './scare-quotes';
import { sentenceIndex, sentenceStarts, splitSentences } from './sentences';
import type { SpeakerPhrase } from './speaker-phrase';
import { clauseSubject } from './speaker-subject';
import { tokenize, type Tokens } from './tokenize';

interface Draft {
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

function toCue(text: string, tk: Tokens, m: CueMatch | null): Cue | null {
  if (!m) return null;
  const start = tk.start[m.first]!;
  const end = tk.end[m.end - 1]!;
  return { text: text.slice(start, end), start, end, neutral: m.value.neutral };
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
function inheritSpeakers(
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
function giveOwners(drafts: readonly Draft[], owners: readonly ReportedSpeech[]): void {
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

// A quotation's speaker taken from the paragraph before it (`paragraph-subject.ts`).
const INFERRED = 0.65;

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

/** The least confidence at which a speaker is shown; below it the quote's speaker is unclear. */
export const SHOW_SPEAKER = 0.6;

// No real article comes near these; they bound the output (and the time) on pathological input.
const MAX_QUOTATIONS = 10000;
const MAX_TERMS = 10000;

/**
 * Finds quotes with their speakers, loaded terms, vague sourcing and named entities in an article's
 * plain text; `suggestTerms` (the learned model, background only) adds "possibly loaded" flags.
 */
export function analyzeText(text: string, suggestTerms: TermSuggester | null = null): Analysis {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceFirst = sentenceStarts(sentences, tokens.length);
  const attributed = attributeDirectQuotes(
    tokens,
    findDirectQuotes(text, tokens, MAX_QUOTATIONS),
    sentenceFirst,
  );
  const quoted = new Uint8Array(tokens.length);
  const usedCues = new Set<number>();
  for (const q of attributed) {
    quoted.fill(1, q.span.openTok, q.span.closeTok + 1);
    if (q.cue && q.kind === 'quote') usedCues.add(q.cue.first);
  }
  const drafts: Draft[] = [];
  const draftOf = new Map<AttributedQuote, Draft>();
  for (const q of attributed) {
    if (q.kind !== 'quote') continue;
    const d: Draft = {
      kind: 'direct',
      first: q.span.openTok + 1,
      end: q.span.closeTok,
      start: q.span.start,
      stop: q.span.end,
      cue: q.cue,
      speaker: q.speaker,
      continues: q.continues ? draftOf.get(q.continues) : undefined,
    };
    draftOf.set(q, d);
    drafts.push(d);
  }
  const owners: ReportedSpeech[] = [];
  for (const r of findReportedSpeech(tokens, sentences, quoted, usedCues, MAX_QUOTATIONS, owners)) {
    const start = tokens.start[r.first]!;
    drafts.push({
      kind: 'reported',
      first: r.first,
      end: r.end,
      start,
      stop: tokens.end[r.end - 1]!,
      cue: r.cue,
      speaker: r.speaker,
    });
  }
  drafts.sort((a, b) => a.start - b.start);
  const sentenceOf = sentenceIndex(sentences, tokens.length);
  giveOwners(drafts, owners);
  let sites: NameSite[] | undefined;
  const sitesOnce = () => (sites ??= nameSites(text, tokens));
  inheritSpeakers(tokens, drafts, sentenceOf, sentenceFirst, sitesOnce);

  // Speakers are resolved in reading order of their mentions, so pronouns find the last name before them.
  const withSpeaker = drafts
    .filter((d) => d.speaker)
    .sort((a, b) => a.speaker!.first - b.speaker!.first);
  let orgs: OrgName[] | undefined;
  const resolved = resolveSpeakers(
    withSpeaker.map((d) =>
      describeSpeaker(text, tokens, d.speaker!, d.cue ? tokens.norm(d.cue.first) : null),
    ),
    lowerWordsOf(tokens),
    sitesOnce,
    () => (orgs ??= [...orgNames(text, tokens), ...companyNames(text, tokens)]),
  );
  const speakerOf = new Map(
    withSpeaker.map((d, k) => {
      const s = resolved[k] ?? null;
      // Not named at the quotation: shown, but never as sure as a name at its cue.
      return [d, s && d.inferred ? { ...s, confidence: Math.min(s.confidence, INFERRED) } : s];
    }),
  );
  const { kept, sameAs } = withoutRepeats(text, drafts, speakerOf);
  const indexOf = new Map(kept.map((d, k) => [d, k]));
  const quotes: Quote[] = kept.map((d, k) => {
    const speaker = speakerOf.get(d) ?? null;
    return {
      id: `q${k}`,
      kind: d.kind,
      text: text.slice(d.start, d.stop),
      start: d.start,
      end: d.stop,
      // Precision first: a speaker the engine is not sure of is not shown at all.
      speaker: speaker && speaker.confidence >= SHOW_SPEAKER ? speaker : null,
      cue: toCue(text, tokens, d.cue),
      continues: d.continues && indexOf.has(d.continues) ? `q${indexOf.get(d.continues)}` : null,
    };
  });
  const speakers = quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));

  const voices: Voices = {
    direct: new Int32Array(tokens.length).fill(-1),
    reported: new Int32Array(tokens.length).fill(-1),
  };
  // A dropped repeat's words still speak with the voice of the claim kept in its place.
  drafts.forEach((d) => {
    const k = indexOf.get(sameAs.get(d) ?? d);
    if (k !== undefined)
      (d.kind === 'direct' ? voices.direct : voices.reported).fill(k, d.first, d.end);
  });
  const scare = keepScareQuotes(
    tokens,
    sentences,
    sentenceOf,
    attributed.filter((q) => q.kind === 'scare'),
  );
  const terms = findTerms(text, tokens, quotes, voices, scare, suggestTerms).slice(0, MAX_TERMS);
  const sourcing = findSourcing(text, tokens);
  const people = new Set(
    speakers.filter((s) => s.named && !isOrganisationRole(s.role)).map((s) => s.name.toLowerCase()),
  );
  const entities = findEntities(text, tokens, sentences, people);
  return { quotes, terms, sourcing, entities };
}
