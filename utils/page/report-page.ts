import type { PageStatus } from '../messaging/page-report';
import { isMissingAnalysis } from '../messaging/report-reply';
import { sendToExtension } from '../messaging/transport';
import type { AnalysedArticle } from './analyse-article';
import { pageReportBase } from './page-report-base';

/** What the page tells the background about itself, besides the analysis. */
export interface PageFacts {
  status: PageStatus;
  article: AnalysedArticle | null;
  dismissed: ReadonlySet<string>;
  highlightsVisible: boolean;
  error: string | null;
}

/**
 * Reports the page to the background. An analysis the background made itself is named rather than
 * copied back (megabytes for a long article); a restarted worker asks for it, and gets it in full.
 */
export async function reportPage(doc: Document, facts: PageFacts): Promise<void> {
  const base = pageReportBase(
    doc,
    facts.status,
    facts.error,
    [...facts.dismissed],
    facts.highlightsVisible,
  );
  const { article } = facts;
  if (article) {
    const reply = await sendToExtension({
      type: 'pageReport',
      report: { ...base, analysis: null },
      text: '',
      reuseAnalysis: true,
    });
    if (!isMissingAnalysis(reply)) return;
  }
  // A copy with every list read, so each is checked here first (see parseAnalysisReply).
  await sendToExtension({
    type: 'pageReport',
    report: { ...base, analysis: article ? { ...article.analysis } : null },
    text: article?.map.text ?? '',
  });
}
