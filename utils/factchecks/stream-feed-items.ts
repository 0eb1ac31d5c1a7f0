import { JSONParser } from '@streamparser/json';

/** Fields of a ClaimReview that is the whole file: emitted one by one, so a feed is never held whole. */
const ROOT_FIELDS = [
  '@type',
  'claimReviewed',
  'url',
  'datePublished',
  'author',
  'reviewRating',
  'itemReviewed',
  'sdPublisher',
  'sdLicense',
];

// Only the parts that can hold ClaimReviews are assembled; `keepStack: false` drops each item from
// its parent once emitted, so memory stays flat however large the feed is.
const OBJECT_PATHS = [
  '$.dataFeedElement.*.item.*',
  '$.dataFeedElement.*.item',
  '$.@graph.*',
  ...ROOT_FIELDS.map((f) => `$.${f}`),
];
const ARRAY_PATHS = ['$.*'];

/** A file that cannot be read as JSON, in words a reader understands. */
export class FeedFormatError extends Error {}

export interface StreamOptions {
  signal?: AbortSignal;
  /** Bytes read so far (called once per chunk). */
  onProgress?(bytes: number): void;
}

/**
 * Streams every candidate ClaimReview out of a JSON file: a DataFeed (dataFeedElement[].item[]),
 * an array, a JSON-LD @graph document or a single ClaimReview. Items are passed on unvalidated.
 */
export async function streamFeedItems(
  stream: ReadableStream<Uint8Array>,
  onItem: (item: unknown) => void,
  { signal, onProgress }: StreamOptions = {},
): Promise<void> {
  const reader = stream.getReader();
  let parser: JSONParser | null = null;
  let bytes = 0;
  const root: Record<string, unknown> = {};
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) break;
      let chunk = value;
      if (!parser) {
        const start = firstByte(chunk);
        if (start === -1) {
          bytes += chunk.length;
          continue;
        }
        chunk = chunk.subarray(start);
        parser = makeParser(chunk[0] === 0x5b, onItem, root);
      }
      write(parser, chunk);
      bytes += value.length;
      onProgress?.(bytes);
    }
    if (!parser) throw new FeedFormatError('the file is empty');
    if (!parser.isEnded) {
      try {
        parser.end();
      } catch {
        throw new FeedFormatError('the file ends in the middle of the JSON (is it complete?)');
      }
    }
    // A file that is one ClaimReview: its fields came one by one.
    if ('claimReviewed' in root || [root['@type']].flat().includes('ClaimReview')) onItem(root);
  } finally {
    reader.releaseLock();
    void stream.cancel().catch(() => undefined);
  }
}

function makeParser(
  isArray: boolean,
  onItem: (item: unknown) => void,
  root: Record<string, unknown>,
): JSONParser {
  const parser = new JSONParser({
    paths: isArray ? ARRAY_PATHS : OBJECT_PATHS,
    keepStack: false,
    stringBufferSize: 0,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && !isArray && typeof key === 'string') {
      root[key] = value;
    } else if (key === 'item') {
      // `item` is usually a list (its members came separately) and sometimes null or one object.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) onItem(value);
    } else if (typeof key === 'number') {
      expand(value, onItem);
    }
    // Other keys are the fields of an `item` that is one object: it came whole just above.
  };
  return parser;
}

/** An array member may itself be a feed or a @graph document. */
function expand(value: unknown, onItem: (item: unknown) => void): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    onItem(value);
    return;
  }
  const v = value as Record<string, unknown>;
  if (Array.isArray(v['@graph'])) v['@graph'].forEach((x) => expand(x, onItem));
  else if (Array.isArray(v.dataFeedElement)) {
    for (const entry of v.dataFeedElement as unknown[]) {
      const item = (entry as { item?: unknown } | null)?.item;
      if (item != null) [item].flat().forEach((x) => expand(x, onItem));
    }
  } else onItem(value);
}

function write(parser: JSONParser, chunk: Uint8Array): void {
  try {
    parser.write(chunk);
  } catch (error) {
    const at = /absolute position "(\d+)"/.exec(String(error))?.[1];
    const where = at ? ` near byte ${Number(at) + 1}` : '';
    throw new FeedFormatError(`the file is not valid JSON${where}`);
  }
}

/** Index of the first byte that is not whitespace or a byte-order mark; -1 if none. */
function firstByte(chunk: Uint8Array): number {
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i]!;
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb) continue;
    if (b === 0xbf) continue;
    return i;
  }
  return -1;
}
