import { isHttpUrl } from '../library/pack-fields';
import { FactCheckSchema, type FactCheck, type SkipReason } from './fact-check-schema';

// Fields are read leniently by hand (a zod schema per raw record tripled the import time); the
// record that is kept is then checked with FactCheckSchema. A wrong-shaped optional field becomes
// null instead of costing the record: feeds come from hundreds of publishers.
type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose | undefined => {
  const one = Array.isArray(v) ? (v as unknown[])[0] : v;
  return typeof one === 'object' && one !== null ? (one as Loose) : undefined;
};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const numberish = (v: unknown): string | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v);
const nameOf = (v: unknown): string | undefined => str(v) ?? str(obj(v)?.name);
const urlOf = (v: unknown): string | undefined => str(v) ?? str(obj(v)?.url);

export type ReadResult = { ok: true; record: FactCheck } | { ok: false; reason: SkipReason };

/** One item of a feed → a stored fact-check, or the reason it is skipped. */
export function readClaimReview(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'not-claim-review' };
  }
  const r = raw as Loose;
  const types = [r['@type'] ?? []].flat();
  if (types.length > 0 && !types.includes('ClaimReview')) {
    return { ok: false, reason: 'not-claim-review' };
  }
  const claim = clean(str(r.claimReviewed), 2000);
  if (!claim) return { ok: false, reason: 'no-claim' };
  const url = str(r.url)?.trim();
  if (!url) return { ok: false, reason: 'no-url' };
  if (!isHttpUrl(url) || url.length > 2048) return { ok: false, reason: 'bad-url' };

  const item = obj(r.itemReviewed);
  const rating = obj(r.reviewRating);
  const record = FactCheckSchema.safeParse({
    url: new URL(url).href,
    claimReviewed: claim,
    checker: clean(nameOf(r.author), 300),
    checkerUrl: httpOrNull(str(obj(r.author)?.url)),
    verdict: verdictOf(rating),
    date: clean(str(r.datePublished), 40),
    claimant: clean(nameOf(item?.author), 300),
    claimDate: clean(str(item?.datePublished), 40),
    appearanceUrl: httpOrNull(urlOf(item?.firstAppearance) ?? urlOf(item?.appearance)),
    sdPublisher: clean(nameOf(r.sdPublisher), 300),
    sdLicense: clean(str(r.sdLicense), 500),
  });
  return record.success ? { ok: true, record: record.data } : { ok: false, reason: 'invalid' };
}

function clean(value: string | undefined, max: number): string | null {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  if (text === '') return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function httpOrNull(value: string | undefined): string | null {
  const url = value?.trim();
  return url && url.length <= 2048 && isHttpUrl(url) ? new URL(url).href : null;
}

function verdictOf(rating: Loose | undefined): string | null {
  if (!rating) return null;
  const words = clean(str(rating.alternateName), 300);
  if (words) return words;
  // Some publishers give only numbers (sometimes as strings): say them as they are.
  const value = clean(numberish(rating.ratingValue), 20);
  const best = clean(numberish(rating.bestRating), 20);
  if (!value) return null;
  return best ? `rated ${value} of ${best}` : `rated ${value}`;
}
