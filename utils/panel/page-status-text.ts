import type { PageReport } from '../messaging/page-report';

/** What the panel says about a page it has no findings to show for. */
export function pageStatusText(report: PageReport): { title: string; detail: string } {
  switch (report.status) {
    case 'loading':
      return {
        title: 'Page still loading',
        detail: 'Sourcelight reads the article once it has loaded.',
      };
    case 'not-article':
      return {
        title: 'Not an article',
        detail: 'This page does not look like a news article, so nothing was analysed.',
      };
    case 'disabled':
      return {
        title: 'Switched off on this site',
        detail: `Sourcelight does nothing on ${report.domain}.`,
      };
    case 'error':
      return { title: 'Something went wrong', detail: report.error ?? 'The analysis failed.' };
    case 'article':
      return { title: 'Analysing…', detail: '' };
  }
}
