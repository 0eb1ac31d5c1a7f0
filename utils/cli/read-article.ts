import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractArticleText } from '../article/article-text';
import { withHtmlDocument } from './html-document';

/** The text to analyse from one file, or a message saying why there is none. */
export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a .txt file as is, or an .html file through article extraction; rejects missing, binary and empty files. */
export async function readArticle(path: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot read (${code ?? 'error'})`;
    return { ok: false, error: `${path}: ${reason}` };
  }
  if (bytes.length === 0) return { ok: false, error: `${path}: file is empty` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, error: `${path}: not UTF-8 text (binary file?)` };
  }
  if (text.includes('\u0000')) return { ok: false, error: `${path}: not text (binary file?)` };
  if (text.trim() === '') return { ok: false, error: `${path}: file has no text` };
  const ext = extname(path).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return { ok: true, text };
  const article = await withHtmlDocument(text, extractArticleText);
  return article
    ? { ok: true, text: article }
    : { ok: false, error: `${path}: no article text found in the page` };
}
