import { Window } from 'happy-dom';

/** A fresh DOM document holding `html`, for tests of the page-side code. */
export function makeDocument(html: string): Document {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.write(html);
  return window.document as unknown as Document;
}
