import type { TabState } from '../messaging/tab-state';
import { findingsOf } from '../page/findings';
import {
  claimParts,
  claimText,
  groupClaimsBySpeaker,
  type Attribution,
} from '../panel/group-claims';
import { groupTerms } from '../panel/group-terms';
import { termCountText } from '../panel/term-count';
import { voiceLabel } from '../analysis/voice-label';
import { STATUS_LABELS, URL_NOTES } from '../library/status-labels';
import { outletWording } from '../library/outlet-wording';
import { TERM_CATEGORY_LABELS, SOURCING_KIND_LABELS } from './labels';
import { safeUrl } from './safe-url';
import { checkedByLine, factChecksByQuote } from '../factchecks/describe-fact-check';

/** One claim in the report, under its speaker. */
export interface ReportClaim {
  kind: 'direct quote' | 'reported speech';
  text: string;
  cue: string | null;
  cueNeutral: boolean;
  /** How the article names the speaker here, when that differs from the name ("he", "the minister"). */
  mention: string | null;
  /** Imported fact-checks of this claim: "Checked by … — verdict (date)", their wording, the link. */
  factChecks: { line: string; claimReviewed: string; url: string | null }[];
}

/** Everything a report says, as plain strings: the HTML, Markdown and text renderers only format it. */
export interface ReportModel {
  title: string;
  /** The page address, or null when it is not http(s) (the bundled demo). */
  url: string | null;
  pageAddress: string;
  analysedAt: Date;
  /** Worded as the panel words it (outlet-wording.ts): what the outlet is, never its status. */
  outlet: {
    name: string;
    domain: string;
    /** What the outlet is: typology or state affiliation in plain words, one line each. */
    what: string[];
    /** "Owner: … · Country: …" (empty when unknown). */
    facts: string;
    /** Where the profile comes from, with the dataset's credit when it is from the table. */
    source: string;
    notes: string;
    /** The details line: how the profile's own references were checked. */
    checks: string;
    references: { label: string; url: string | null }[];
  } | null;
  speakers: {
    name: string;
    role: string | null;
    attribution: Attribution;
    claims: ReportClaim[];
  }[];
  terms: {
    text: string;
    category: string;
    why: string;
    alternative: string | null;
    occurrences: { text: string; voice: string }[];
  }[];
  /** "3 distinct terms, 5 occurrences": the count the panel uses too. */
  termCount: string;
  sourcing: { kind: string; text: string; why: string }[];
  sources: {
    title: string;
    url: string | null;
    meta: string;
    status: string;
    finding: string;
    reasons: string[];
    urlNote: string | null;
  }[];
  /** Findings the reader dismissed as wrong: left out of the report. */
  dismissedCount: number;
}

/** Gathers what the report shows from a tab's state, leaving out findings the reader dismissed. */
export function buildReportModel(state: TabState): ReportModel {
  const { report, matches, outlet } = state;
  const factChecks = factChecksByQuote(state.factChecks);
  const analysis = report.analysis ?? { quotes: [], terms: [], sourcing: [], entities: [] };
  const dismissedKeys = new Set(report.dismissed);
  const dismissed = new Set(
    findingsOf(analysis)
      .filter((f) => dismissedKeys.has(f.key))
      .map((f) => f.id),
  );
  const kept = <T extends { id: string }>(kind: string, items: T[]): T[] =>
    items.filter((x) => !dismissed.has(`${kind}:${x.id}`));
  const parts = claimParts(kept('quote', analysis.quotes));

  return {
    title: report.title || report.url,
    url: safeUrl(report.url),
    pageAddress: report.url,
    analysedAt: new Date(state.updatedAt),
    outlet: outlet && {
      name: outlet.name,
      domain: outlet.matchedDomain,
      ...outletWording(outlet),
      notes: outlet.notes,
      references: outlet.references.map((r) => ({ label: r.label, url: safeUrl(r.url) })),
    },
    speakers: groupClaimsBySpeaker(kept('quote', analysis.quotes)).map((g) => ({
      name: g.name,
      role: g.role,
      attribution: g.attribution,
      claims: g.quotes.map((q) => ({
        kind: q.kind === 'direct' ? 'direct quote' : 'reported speech',
        text: claimText(q, parts),
        cue: q.cue?.text ?? null,
        cueNeutral: q.cue?.neutral ?? true,
        mention: q.speaker && q.speaker.mention !== q.speaker.name ? q.speaker.mention : null,
        factChecks: (factChecks.get(q.id) ?? []).map(({ factCheck: fc }) => ({
          line: checkedByLine(fc),
          claimReviewed: fc.claimReviewed,
          url: safeUrl(fc.url),
        })),
      })),
    })),
    terms: groupTerms(kept('term', analysis.terms)).map((g) => ({
      text: g.text,
      category: TERM_CATEGORY_LABELS[g.category],
      why: g.why,
      alternative: g.alternative,
      occurrences: g.occurrences.map((t) => ({
        text: t.text,
        voice: voiceLabel(t),
      })),
    })),
    termCount: termCountText(kept('term', analysis.terms)),
    sourcing: kept('sourcing', analysis.sourcing).map((s) => ({
      kind: SOURCING_KIND_LABELS[s.kind],
      text: s.text,
      why: s.why,
    })),
    sources: matches.map(({ document: d, reasons }) => ({
      title: d.title,
      url: d.urlStatus === 'unverified' ? null : safeUrl(d.url),
      meta: [d.publisher, d.date, d.symbol].filter(Boolean).join(' · '),
      status: STATUS_LABELS[d.status].label,
      finding: d.finding,
      reasons,
      urlNote: URL_NOTES[d.urlStatus],
    })),
    dismissedCount: dismissed.size,
  };
}
