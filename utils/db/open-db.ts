import { SourcelightDb } from './sourcelight-db';

let instance: SourcelightDb | null = null;

/** The shared library database; throws on a web page, whose IndexedDB belongs to the site. */
export function openDb(): SourcelightDb {
  const protocol = globalThis.location?.protocol;
  if (protocol === 'http:' || protocol === 'https:') {
    throw new Error('The Sourcelight library opens only in extension pages and the background.');
  }
  instance ??= new SourcelightDb();
  return instance;
}
