import type { Analysis, Cue, Quote } from './analysis-schema';
import { attributeDirectQuotes, type AttributedQuote } from './attribute-direct-quotes';
import type { CueMatch } from './cue-match';
import { describeSpeaker } from './describe-speaker';
import { findDirectQuotes } from './find-direct-quotes';
import { findEntities, isOrganisationRole } from './find-entities';
import { findReportedSpeech, type ReportedSpeech } from './find-reported-speech';
import { giveOwners, inheritSpeakers, type Draft } from './inherit-speakers';
import { findSourcing } from './find-sourcing';
import { findTerms, type TermSuggester, type Voices } from './find-terms';
import { resolveSpeakers } from './resolve-speakers';
import { withoutRepeats } from './repeated-claims';
import { lowerWordsOf } from './speaker-plausible';
import { nameSites, type NameSite } from './name-sites';
import { orgNames, type OrgName } from './org-names';
import { companyNames } from './company-names';
import { keepScareQuotes } from './scare-quotes';
import { sentenceIndex, sentenceStarts, splitSentences } from './sentences';
import { tokenize, type Tokens } from './tokenize';

function toCue(text: string, tk: Tokens, m: CueMatch | null): Cue | null {
  if (!m) return null;
  const start = tk.start[m.first]!;
  const end = tk.end[m.end - 1]!;
  return { text: text.slice(start, end), start, end, neutral: m.value.neutral };
}

// A quotation's speaker taken from the paragraph or sentence around it (`inherit-speakers.ts`).
const INFERRED = 0.65;

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
