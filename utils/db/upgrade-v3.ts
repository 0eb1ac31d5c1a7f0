import { V2_STORES } from './upgrade-v2';

/**
 * Version 3 adds the imported fact-checks (ClaimReview), keyed by the fact-check's address so a
 * re-import updates a row instead of adding one. A new table only: no existing row changes, so
 * there is nothing to upgrade.
 */
export const V3_STORES = {
  ...V2_STORES,
  factChecks: 'url',
};
