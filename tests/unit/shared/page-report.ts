import type { PageReport } from '@/utils/messaging/page-report';

/** A page report of an analysed article (with nothing found), changed by `change`. */
export const pageReport = (change: Partial<PageReport> = {}): PageReport => ({
  url: 'https://news.example/a',
  title: 'A',
  domain: 'news.example',
  status: 'article',
  analysis: { quotes: [], terms: [], sourcing: [], entities: [] },
  dismissed: [],
  highlightsVisible: true,
  error: null,
  ...change,
});
