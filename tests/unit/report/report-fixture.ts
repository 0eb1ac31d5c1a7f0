import type { TabState } from '@/utils/messaging/tab-state';

/** Hostile text in every field a page or a pack controls. */
export const EVIL = `<script>alert(1)</script><img src=x onerror="alert('x')"> & [link](javascript:alert(2)) *bold* # heading`;

/** A tab state with one of everything, some of it hostile. */
export function tabStateFixture(overrides: Partial<TabState['report']> = {}): TabState {
  return {
    tabId: 7,
    updatedAt: Date.UTC(2025, 2, 14, 9, 5),
    outlet: {
      id: 'castelnor-courier',
      name: `Castelnor Courier ${EVIL}`,
      domains: ['courier.example'],
      matchedDomain: 'courier.example',
      owner: 'Courier Group',
      stateAffiliation: 'State-funded broadcaster',
      notes: 'Regional daily.',
      status: 'secondary',
      references: [
        {
          label: 'Press council ruling',
          url: 'https://council.example/ruling?a=1&b=2',
          status: 'secondary',
        },
        { label: 'Hostile reference', url: 'javascript:alert(3)', status: 'unverified' },
      ],
      origin: 'user',
    },
    matches: [
      {
        document: {
          id: 'lab-report',
          kind: 'report',
          title: 'Independent laboratory report on the harbour samples',
          publisher: 'Castelnor Marine Lab',
          date: '2025-03-10',
          symbol: 'CML/2025/4',
          url: 'https://lab.example/reports/4',
          urlStatus: 'verified',
          finding: `Samples matched the fuel of one tanker. ${EVIL}`,
          status: 'verified-stored',
        },
        score: 3,
        reasons: ['mentions the harbour spill'],
        matched: { entities: [], topics: [], claims: [], symbols: [] },
        quoteIds: ['q0'],
      },
      {
        document: {
          id: 'bad-link',
          kind: 'report',
          title: 'A document with a data link',
          publisher: 'Somebody',
          date: null,
          symbol: null,
          url: 'data:text/html,<script>alert(1)</script>',
          urlStatus: 'verified',
          finding: 'Nothing.',
          status: 'unverified',
        },
        score: 1,
        reasons: [],
        matched: { entities: [], topics: [], claims: [], symbols: [] },
        quoteIds: [],
      },
    ],
    report: {
      url: 'https://courier.example/news/spill?id=4',
      title: `Port authority rejects claims ${EVIL}`,
      domain: 'courier.example',
      status: 'article',
      dismissed: [],
      highlightsVisible: true,
      error: null,
      analysis: {
        quotes: [
          {
            id: 'q0',
            kind: 'direct',
            text: `We checked every vessel ${EVIL}`,
            start: 0,
            end: 40,
            speaker: {
              name: 'Marta Quill',
              role: 'harbour master',
              mention: 'Quill',
              named: true,
              anonymous: false,
              confidence: 0.95,
            },
            cue: { text: 'told', start: 41, end: 45, neutral: true },
            continues: null,
          },
          {
            id: 'q1',
            kind: 'reported',
            text: 'divers found a damaged valve',
            start: 100,
            end: 128,
            speaker: {
              name: 'a source close to the investigation',
              role: null,
              mention: 'a source',
              named: false,
              anonymous: true,
              confidence: 0.75,
            },
            cue: { text: 'claimed', start: 90, end: 97, neutral: false },
            continues: null,
          },
        ],
        terms: [
          {
            id: 't0',
            entry: 'so-called',
            category: 'doubt',
            text: 'so-called',
            start: 200,
            end: 209,
            why: 'So-called hints that a name is false.',
            alternative: 'called',
            voice: 'quoted',
            quoteId: 'q0',
            speaker: 'Marta Quill',
          },
        ],
        sourcing: [
          {
            id: 's0',
            kind: 'vague-source',
            text: 'a source close to the investigation',
            start: 60,
            end: 95,
            why: 'Nobody is named.',
          },
        ],
        entities: [],
      },
      ...overrides,
    },
  };
}
