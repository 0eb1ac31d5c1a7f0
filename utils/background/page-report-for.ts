import type { AnalysisReply } from '../messaging/analysis-reply';
import type { PageReport } from '../messaging/page-report';

/**
 * The report a page would send once it has drawn the analysis that came with its article (see
 * `findArticle`): the background makes it itself, and the page sends one only when it differs.
 */
export function pageReportFor(
  page: { url: string; title: string },
  reply: AnalysisReply & { analysis: NonNullable<AnalysisReply['analysis']> },
): PageReport {
  const url = URL.canParse(page.url) ? new URL(page.url) : null;
  return {
    url: page.url,
    title: page.title,
    // As the page says it: extension pages (the demo) have no outlet.
    domain: url?.protocol.startsWith('http') ? url.hostname : '',
    status: 'article',
    analysis: reply.analysis,
    dismissed: reply.dismissed,
    highlightsVisible: true,
    error: null,
  };
}
