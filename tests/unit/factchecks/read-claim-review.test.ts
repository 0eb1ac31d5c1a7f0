import { describe, expect, it } from 'vitest';
import { readClaimReview } from '../../../utils/factchecks/read-claim-review';

const base = {
  '@type': 'ClaimReview',
  claimReviewed: '  The ferry   tunnel will cost 3 billion. ',
  url: 'https://desk.example/checks/ferry-tunnel',
};

describe('readClaimReview', () => {
  it('keeps the fields in use, in their common shapes', () => {
    const read = readClaimReview({
      ...base,
      datePublished: '2025-03-02',
      author: [
        { '@type': 'Organization', name: 'Harbour Fact Desk', url: 'https://desk.example/' },
      ],
      reviewRating: { alternateName: 'Mostly false', ratingValue: '2', bestRating: '5' },
      itemReviewed: {
        author: { name: 'Oren Hale' },
        datePublished: '2025-02-27',
        appearance: [{ url: 'https://social.example/p/1' }, { url: 'https://x.example/2' }],
      },
      sdPublisher: { name: 'Feed Compiler' },
      sdLicense: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(read).toEqual({
      ok: true,
      record: {
        url: 'https://desk.example/checks/ferry-tunnel',
        claimReviewed: 'The ferry tunnel will cost 3 billion.',
        checker: 'Harbour Fact Desk',
        checkerUrl: 'https://desk.example/',
        verdict: 'Mostly false',
        date: '2025-03-02',
        claimant: 'Oren Hale',
        claimDate: '2025-02-27',
        appearanceUrl: 'https://social.example/p/1',
        sdPublisher: 'Feed Compiler',
        sdLicense: 'https://creativecommons.org/licenses/by/4.0/',
      },
    });
  });

  it('says a numbers-only rating in words and nulls wrong-shaped optional fields', () => {
    const read = readClaimReview({
      ...base,
      author: 42,
      reviewRating: { ratingValue: 1, bestRating: '5' },
      itemReviewed: { author: 'Marta Velasquez', firstAppearance: 'javascript:alert(1)' },
    });
    expect(read.ok && read.record).toMatchObject({
      checker: null,
      verdict: 'rated 1 of 5',
      claimant: 'Marta Velasquez',
      appearanceUrl: null,
    });
  });

  it('gives the reason a record is skipped', () => {
    expect(readClaimReview({ ...base, claimReviewed: ' ' })).toEqual({
      ok: false,
      reason: 'no-claim',
    });
    expect(readClaimReview({ ...base, url: undefined })).toEqual({ ok: false, reason: 'no-url' });
    expect(readClaimReview({ ...base, url: 'javascript:alert(1)' })).toEqual({
      ok: false,
      reason: 'bad-url',
    });
    expect(readClaimReview({ ...base, url: 'ftp://files.example/x' })).toEqual({
      ok: false,
      reason: 'bad-url',
    });
    expect(readClaimReview({ ...base, '@type': 'WebPage' })).toEqual({
      ok: false,
      reason: 'not-claim-review',
    });
    expect(readClaimReview('a string')).toEqual({ ok: false, reason: 'not-claim-review' });
    expect(readClaimReview({ ...base, '@type': ['ClaimReview', 'Thing'] }).ok).toBe(true);
  });
});
