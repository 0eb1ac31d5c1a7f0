import { isHttpUrl } from '../library/pack-fields';

/** The address in canonical form if it is http(s), else null: no other scheme reaches a report link. */
export function safeUrl(value: string | null | undefined): string | null {
  if (!value || !isHttpUrl(value)) return null;
  // The parser percent-encodes spaces, quotes and angle brackets, so the result fits in <…> and "…".
  return new URL(value).href;
}
