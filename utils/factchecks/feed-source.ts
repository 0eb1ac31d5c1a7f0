/**
 * The public Data Commons fact-check feed (linked from datacommons.org/factcheck). Its host is an
 * optional permission in wxt.config.ts, asked for only when the reader clicks the download button.
 */
export const FEED_URL =
  'https://storage.googleapis.com/datacommons-feeds/claimreview/latest/data.json';
/** The optional host permission pattern (the same string is in wxt.config.ts). */
export const FEED_ORIGIN = 'https://storage.googleapis.com/datacommons-feeds/*';

/** Who to credit for the downloaded feed, shown in the manager. */
export const FEED_CREDIT = {
  name: 'Data Commons fact-check feed',
  page: 'https://datacommons.org/factcheck',
  licence: 'CC BY 4.0 for the compilation',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  note: 'each record keeps its own licence (sdLicense) and publisher (sdPublisher), stored with it',
} as const;
