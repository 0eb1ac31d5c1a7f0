import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/utils/messaging/protocol';
import { pageReport } from '../shared/page-report';

const report = pageReport();

describe('parseMessage', () => {
  it('accepts each well-formed message', () => {
    expect(parseMessage({ type: 'pageReport', report, text: 'x' })?.type).toBe('pageReport');
    expect(parseMessage({ type: 'getTabState', tabId: 3 })?.type).toBe('getTabState');
    expect(parseMessage({ type: 'revealFinding', tabId: 3, findingId: 'term:t1' })?.type).toBe(
      'revealFinding',
    );
    expect(
      parseMessage({ type: 'setDismissed', tabId: null, findingId: 'q', dismissed: true })?.type,
    ).toBe('setDismissed');
  });

  it('drops unknown, malformed and foreign messages', () => {
    expect(parseMessage({ type: 'evil', payload: '<img onerror>' })).toBeNull();
    expect(parseMessage({ type: 'getTabState', tabId: '3' })).toBeNull();
    expect(parseMessage({ type: 'revealFinding', tabId: 1.5, findingId: 'x' })).toBeNull();
    expect(
      parseMessage({ type: 'pageReport', report: { ...report, status: 'hacked' }, text: '' }),
    ).toBeNull();
    expect(parseMessage('getTabState')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });

  it('checks the analysis inside a report against the engine schema', () => {
    const bad = {
      ...report,
      analysis: { quotes: [{ id: 1 }], terms: [], sourcing: [], entities: [] },
    };
    expect(parseMessage({ type: 'pageReport', report: bad, text: '' })).toBeNull();
  });
});
