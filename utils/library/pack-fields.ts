import { z } from 'zod';

/** Stable id of a pack item: lower-case slug, dots allowed for namespacing ("scw.opcw"). */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,99}$/,
    "ids are 1-100 characters: lower-case letters, digits, '.', '_' or '-'",
  );

/** Plain text with a length cap, so a hostile pack cannot smuggle megabytes into one field. */
export const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
export const requiredText = (max: number) => text(max).min(1, 'must not be empty');

/** Only http(s) addresses: a javascript: or data: link must never reach an href. */
export const HttpUrlSchema = z
  .string()
  .trim()
  .max(2048, 'at most 2048 characters')
  .refine(isHttpUrl, 'only http(s) links are allowed');

/** True for a well-formed http: or https: address. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** How a fact was checked; mirrors the tags of the research notes the packs are built from. */
export const VerificationStatusSchema = z.enum([
  'verified-stored',
  'verified-mirror',
  'secondary',
  'unverified',
]);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

/** Whether `url` is the document itself, a faithful copy, withheld as unconfirmed, or unknown. */
export const UrlStatusSchema = z.enum(['verified', 'mirror', 'unverified', 'none']);
export type UrlStatus = z.infer<typeof UrlStatusSchema>;

/** ISO date, possibly partial ("2017", "2017-08", "2017-08-31"). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/**
 * A lower-case host name such as "rt.com" (no scheme, no path), a local test host such as
 * "localhost", or an IP address such as "127.0.0.1": outlets are matched on the page's host.
 */
export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .refine(
    (host) => HOST_NAME.test(host) || IP_ADDRESS.test(host),
    'use a host name such as example.org or localhost, or an IP address such as 127.0.0.1',
  );

/** Where a fact about an entity or outlet comes from. */
export const ReferenceSchema = z.object({
  label: requiredText(500),
  url: HttpUrlSchema.nullable(),
  status: VerificationStatusSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;
