import type { TextMap } from '../article/text-map';
import type { LessonArticle, LessonBlock } from './lesson-schema';

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The article's blocks from its text map: one per line of the text (the map breaks lines at block
 * elements), a heading when its text sits in a heading element. Joined by newlines they give back
 * the map's text exactly, so the analysis' offsets stay valid in the lesson.
 */
export function snapshotBlocks(map: TextMap): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  let offset = 0;
  let segment = 0;
  for (const line of map.text.split('\n')) {
    while (segment < map.segments.length && map.segments[segment]!.end <= offset) segment++;
    const node = map.segments[segment]?.node;
    const heading = Boolean(node?.parentElement?.closest(HEADING));
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text: line });
    offset += line.length + 1;
  }
  return blocks;
}

const meta = (doc: Document, selector: string): string | null =>
  doc.querySelector(selector)?.getAttribute('content')?.trim() || null;

/** A value from the page's JSON-LD (NewsArticle and the like), if it has one. */
function jsonLd(doc: Document, pick: (item: Record<string, unknown>) => unknown): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        const value =
          item && typeof item === 'object' ? pick(item as Record<string, unknown>) : null;
        if (typeof value === 'string' && value.trim()) return value.trim();
      }
    } catch {
      // A broken JSON-LD block tells us nothing; the meta tags may.
    }
  }
  return null;
}

/** The title, outlet, address and date of the page, with its article's blocks. */
export function pageSnapshot(doc: Document, map: TextMap): LessonArticle {
  const publisher = (item: Record<string, unknown>): unknown =>
    (item.publisher as Record<string, unknown> | undefined)?.name;
  const outlet =
    meta(doc, 'meta[property="og:site_name"]') ??
    jsonLd(doc, publisher) ??
    (doc.location.protocol.startsWith('http') ? doc.location.hostname : '');
  const date =
    meta(doc, 'meta[property="article:published_time"]') ??
    jsonLd(doc, (item) => item.datePublished) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title: (meta(doc, 'meta[property="og:title"]') ?? doc.title).slice(0, 1000),
    outlet: outlet.slice(0, 300),
    url: doc.location.href.slice(0, 4000),
    date: date?.slice(0, 100) ?? null,
    blocks: snapshotBlocks(map),
  };
}
