import { z } from 'zod';
import { HttpUrlSchema } from '../library/pack-fields';

/** One stored fact-check: the ClaimReview fields Sourcelight shows and matches, nothing else. */
export const FactCheckSchema = z.object({
  /** The fact-check's own address: the key, so a re-import updates instead of duplicating. */
  url: HttpUrlSchema,
  /** The claim as the fact-checker wrote it down. */
  claimReviewed: z.string().min(1).max(2000),
  /** Who checked it (author.name), e.g. a newsroom's fact-check desk. */
  checker: z.string().max(300).nullable(),
  checkerUrl: HttpUrlSchema.nullable(),
  /** The verdict in words (reviewRating.alternateName), or "rated n of m" when only numbers exist. */
  verdict: z.string().max(300).nullable(),
  /** When the fact-check was published, as given (usually YYYY-MM-DD). */
  date: z.string().max(40).nullable(),
  /** Who made the claim (itemReviewed.author.name). */
  claimant: z.string().max(300).nullable(),
  claimDate: z.string().max(40).nullable(),
  /** Where the claim first appeared (itemReviewed.firstAppearance / appearance[0]). */
  appearanceUrl: HttpUrlSchema.nullable(),
  /** The structured-data publisher and licence of the record (sdPublisher, sdLicense). */
  sdPublisher: z.string().max(300).nullable(),
  sdLicense: z.string().max(500).nullable(),
});
export type FactCheck = z.infer<typeof FactCheckSchema>;

/** Why a record of an imported file was left out. */
export const SKIP_REASONS = {
  'not-claim-review': 'not a ClaimReview',
  'no-claim': 'no claim text (claimReviewed)',
  'no-url': 'no fact-check address (url)',
  'bad-url': 'fact-check address is not an http(s) link',
  invalid: 'a field has the wrong shape',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

/** A fact-check matched to one claim of the article: plain JSON, safe to send in a message. */
export const FactCheckMatchSchema = z.object({
  quoteId: z.string(),
  /** Calibrated similarity, 0–1: only matches at or above the threshold are sent. */
  score: z.number().min(0).max(1),
  /** The claimant named by the fact-check is the claim's speaker. */
  sameSpeaker: z.boolean(),
  factCheck: FactCheckSchema,
});
export type FactCheckMatch = z.infer<typeof FactCheckMatchSchema>;
