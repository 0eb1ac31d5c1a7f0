// What the fixture article (tests/fixtures/pages/article.html) and the test packs must produce, for
// the Chromium and the Firefox suites alike. Behaviour only (who, which phrases), never counts: the
// article extraction may change how many findings there are.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixture article's path on the fixture server. */
export const ARTICLE_PATH = '/article.html';

/** What a reader must see for the fixture article. */
export const ARTICLE = {
  /** A quote the page highlights, with the person the card and panel name for it. */
  quote: 'We have checked every vessel that docked this week',
  quotePoint: 'checked every vessel',
  speaker: 'Marta Quill',
  speakerRole: 'harbour master',
  otherSpeaker: 'Tomas Brevik',
  /** Loaded terms the page highlights. */
  terms: ['so-called', 'pretext'],
  /** Text outside the article body (nav, comments) that must never be highlighted. */
  outside: ['miracle diet', 'heinous', 'they always lie'],
} as const;

/** The test source packs (tests/fixtures/packs). */
export const PACKS = {
  dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/packs'),
  /** A valid pack, and the title of a document it adds that matches the fixture article. */
  good: 'harbour-pack.json',
  goodSearch: 'breakwater',
  goodDocument: 'Castelnor breakwater spill: independent inspection report',
  /** A pack with a javascript: URL, and the path of the problem the error must name. */
  hostile: 'hostile-pack.json',
  hostileProblem: 'documents[0].url',
} as const;
