import type { PageReport, PageStatus } from '../messaging/page-report';
import type { Message } from '../messaging/protocol';

/** What every report of a page says besides its analysis: where it is, its status, the reader's choices. */
export function pageReportBase(
  doc: Document,
  status: PageStatus,
  error: string | null,
  dismissed: readonly string[] = [],
  highlightsVisible = true,
): Omit<PageReport, 'analysis'> {
  return {
    url: doc.location.href,
    title: doc.title,
    // Extension pages (the demo) have no outlet: their host is the extension id.
    domain: doc.location.protocol.startsWith('http') ? doc.location.hostname : '',
    status,
    dismissed: [...dismissed],
    highlightsVisible,
    error,
  };
}

/**
 * A report with no analysis and none of the reader's choices, built without the session's code:
 * what Chromium's loader sends for a page it turns away or cannot start on.
 */
export function bareReport(
  doc: Document,
  status: PageStatus,
  error: string | null = null,
): Message {
  return {
    type: 'pageReport',
    report: { ...pageReportBase(doc, status, error), analysis: null },
    text: '',
  };
}
