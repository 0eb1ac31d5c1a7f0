import { describe, expect, it } from 'vitest';
import { streamFeedItems } from '../../../utils/factchecks/stream-feed-items';

const review = (n: number) => ({
  '@type': 'ClaimReview',
  claimReviewed: `claim ${n}`,
  url: `https://c.example/${n}`,
});

/** A stream of `text` in chunks of `size` bytes, so values straddle chunk boundaries. */
function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

async function items(text: string, size = 7): Promise<unknown[]> {
  const out: unknown[] = [];
  await streamFeedItems(chunked(text, size), (item) => out.push(item));
  return out;
}

describe('streamFeedItems', () => {
  it('reads a Data Commons DataFeed, with null and single-object items', async () => {
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      url: 'https://feed.example/',
      dataFeedElement: [
        { '@type': 'DataFeedItem', item: [review(1), review(2)] },
        { '@type': 'DataFeedItem', item: null },
        { '@type': 'DataFeedItem', item: review(3) },
        { '@type': 'DataFeedItem', item: [review(4)] },
      ],
    };
    expect(await items(JSON.stringify(feed))).toEqual([review(1), review(2), review(3), review(4)]);
  });

  it('reads an array, a JSON-LD @graph and a single ClaimReview (with a byte-order mark)', async () => {
    expect(await items(JSON.stringify([review(1), review(2)]))).toEqual([review(1), review(2)]);
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, review(5)],
    };
    expect(await items(JSON.stringify(graph))).toEqual([{ '@type': 'WebPage' }, review(5)]);
    expect(await items(`\ufeff\n ${JSON.stringify(review(6))}`)).toEqual([review(6)]);
    expect(await items(JSON.stringify([graph]))).toEqual([{ '@type': 'WebPage' }, review(5)]);
  });

  it('yields nothing for JSON without ClaimReviews', async () => {
    expect(await items('{"@type":"NewsArticle","headline":"x"}')).toEqual([]);
  });

  it('rejects broken files in words a reader understands', async () => {
    await expect(items('')).rejects.toThrow('the file is empty');
    await expect(items('{"dataFeedElement":[{"item":[{"claimReviewed":"x"')).rejects.toThrow(
      /ends in the middle/,
    );
    await expect(items('[{"claimReviewed": tru }]')).rejects.toThrow(
      /not valid JSON near byte \d+/,
    );
    await expect(items('<html>not json</html>')).rejects.toThrow(/not valid JSON/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      streamFeedItems(chunked('[1,2,3]', 2), () => undefined, { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
