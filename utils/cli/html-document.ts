import { Window } from 'happy-dom';
import { stripSvgRawText } from './svg-raw-text';

/**
 * Runs `read` on `html` parsed into a scriptless DOM (no page script runs, nothing is fetched), as
 * the CLI and the eval read saved pages, and frees the DOM afterwards.
 */
export async function withHtmlDocument<T>(html: string, read: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    window.document.write(stripSvgRawText(html));
    return read(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
