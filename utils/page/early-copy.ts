import { addsMatching } from './change-watcher';
import { readyToCopy } from './ready-to-copy';
import { sendArticleCopy, type SentCopy } from './send-copy';

/** A copy of the page that Chromium's loader sent before the page session had loaded. */
export interface EarlyCopy extends SentCopy {
  /** The page's address when it was copied: the session uses the copy only for the same page. */
  url: string;
  /**
   * Whether the page changed since the copy where the article could have (inside the copied part,
   * or new paragraphs anywhere), before the session watched it; stops watching.
   */
  changed(): boolean;
}

/**
 * Copies the page for the extension as soon as the loader's gate lets it through, so that the
 * extension finds and analyses the article while the page session's module is fetched and
 * compiled, instead of after (issue 10's 2k-word page: the two waits were one after the other).
 * The same copy the session would make (`sendArticleCopy`); none when the page may not be
 * copied yet (a large page that has not painted), and the session copies it then, as before.
 * Until the session takes over, a change of the page where it matters is noted, for the session to
 * look again as its own change watcher would have.
 */
export function copyEarly(doc: Document): EarlyCopy | null {
  if (!readyToCopy(doc)) return null;
  const { scope, reply } = sendArticleCopy(doc);
  // Handled here and rethrown where the session waits for it: a page too large to copy is for the
  // session to report.
  reply.catch(() => undefined);
  const root = scope ?? doc.body ?? doc.documentElement;
  const matters = (record: MutationRecord): boolean =>
    root.contains(record.target) || addsMatching(record, 'p');
  let changed = false;
  const observer = new MutationObserver((records) => {
    if (!records.some(matters)) return;
    changed = true;
    observer.disconnect();
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    characterData: true,
    subtree: true,
  });
  return {
    url: doc.location.href,
    scope,
    reply,
    changed() {
      // Records not delivered yet count too.
      changed ||= observer.takeRecords().some(matters);
      observer.disconnect();
      return changed;
    },
  };
}
