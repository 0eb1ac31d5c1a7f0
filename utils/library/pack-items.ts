import { z } from 'zod';
import {
  DomainSchema,
  HttpUrlSchema,
  IdSchema,
  PartialDateSchema,
  ReferenceSchema,
  UrlStatusSchema,
  VerificationStatusSchema,
  requiredText,
  text,
} from './pack-fields';

const words = (maxItems: number, maxLength: number) =>
  z.array(requiredText(maxLength)).max(maxItems, `at most ${maxItems} entries`);

/** A subject ("chemical weapons in Syria") or a claim ("a false-flag attack") articles can contain. */
export const PackTopicSchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  kind: z.enum(['subject', 'claim']),
  /** Phrase used to explain a match: "claims a false-flag chemical attack". */
  reason: text(200).nullable().default(null),
  /** Words or phrases that show the topic in an article (matched with inflections). */
  keywords: words(200, 100).default([]),
  /** Ids of the claim engine's lexicon entries (Term.entry) that signal this topic. */
  termEntries: z.array(IdSchema).max(50).default([]),
  /** Topic or entity ids that must also be in the article (a "staged" claim needs chemical weapons). */
  requires: z.array(IdSchema).max(20).default([]),
  /**
   * A broad subject ("disinformation", "who was responsible") that news about anything mentions:
   * it adds to a document's score but never makes an article about the document on its own.
   */
  generic: z.boolean().default(false),
});
export type PackTopic = z.infer<typeof PackTopicSchema>;

/** A person, organisation or place, with the names articles use for it. */
export const PackEntitySchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  type: z.enum(['person', 'organisation', 'place', 'other']),
  aliases: words(50, 200).default([]),
  /**
   * A name news about other subjects uses too (a country, a government, the UN, a watchdog with
   * many files): it adds to a document's score but never qualifies a document on its own.
   */
  generic: z.boolean().default(false),
  summary: text(4000).default(''),
  status: VerificationStatusSchema,
  references: z.array(ReferenceSchema).max(50).default([]),
});
export type PackEntity = z.infer<typeof PackEntitySchema>;

/** A news outlet or website, matched to the page's domain. */
export const PackOutletSchema = z.object({
  id: IdSchema,
  name: requiredText(200),
  domains: z.array(DomainSchema).min(1, 'at least one domain').max(50),
  owner: text(500).nullable().default(null),
  /** e.g. "Russian state-controlled"; null when not state-affiliated or unknown. */
  stateAffiliation: text(500).nullable().default(null),
  notes: text(4000).default(''),
  status: VerificationStatusSchema,
  references: z.array(ReferenceSchema).max(50).default([]),
});
export type PackOutlet = z.infer<typeof PackOutletSchema>;

export const DocumentKindSchema = z.enum([
  'report',
  'resolution',
  'press-release',
  'statement',
  'research',
  'fact-check',
  'news',
  'reference',
  'other',
]);

/** A primary or independent source: what it found, where, and how sure we are of it. */
export const PackDocumentSchema = z
  .object({
    id: IdSchema,
    kind: DocumentKindSchema.default('other'),
    title: requiredText(500),
    publisher: requiredText(200),
    date: PartialDateSchema.nullable().default(null),
    /** Official document symbol, e.g. "S/2017/904". */
    symbol: text(100).nullable().default(null),
    url: HttpUrlSchema.nullable().default(null),
    urlStatus: UrlStatusSchema.default('none'),
    finding: requiredText(4000),
    /** Where the facts were checked (free text, never rendered as a link). */
    evidence: text(2000).default(''),
    topics: z.array(IdSchema).max(50).default([]),
    entities: z.array(IdSchema).max(100).default([]),
    status: VerificationStatusSchema,
  })
  .superRefine((doc, ctx) => {
    const linked = doc.urlStatus === 'verified' || doc.urlStatus === 'mirror';
    if (linked && doc.url === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `a ${doc.urlStatus} link needs a url`,
      });
    }
    if (!linked && doc.url !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: `must be null when urlStatus is "${doc.urlStatus}" (unconfirmed links are not shipped)`,
      });
    }
  });
export type PackDocument = z.infer<typeof PackDocumentSchema>;
