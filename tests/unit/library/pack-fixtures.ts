import type { SourcePackInput } from '../../../utils/library/pack-schema';

/** A small valid pack; tests break one field at a time to check each rejection. */
export function tinyPack(overrides: Partial<SourcePackInput> = {}): SourcePackInput {
  return {
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: 'tiny',
    name: 'Tiny test pack',
    version: 1,
    author: 'Tests',
    licence: 'CC0',
    topics: [
      { id: 'tiny.floods', name: 'River floods', kind: 'subject', keywords: ['flood', 'flooding'] },
      {
        id: 'tiny.claim-dam-sabotage',
        name: 'Sabotage of the dam',
        kind: 'claim',
        reason: 'claims the dam was sabotaged',
        keywords: ['sabotage', 'sabotaged'],
        requires: ['tiny.floods'],
      },
    ],
    entities: [
      {
        id: 'tiny.river-authority',
        name: 'Northern River Authority',
        type: 'organisation',
        aliases: ['River Authority'],
        status: 'verified-stored',
      },
      { id: 'tiny.millbrook', name: 'Millbrook', type: 'place', status: 'secondary' },
    ],
    outlets: [
      {
        id: 'tiny.valley-news',
        name: 'Valley News',
        domains: ['valleynews.example.org'],
        status: 'unverified',
      },
    ],
    documents: [
      {
        id: 'tiny.dam-inspection',
        kind: 'report',
        title: 'Inspection of the Millbrook dam',
        publisher: 'Northern River Authority',
        date: '2021-05-04',
        symbol: 'NRA/2021/7',
        url: 'https://example.org/nra-2021-7',
        urlStatus: 'verified',
        finding: 'The spillway gate failed because of corrosion; no sign of tampering was found.',
        topics: ['tiny.floods', 'tiny.claim-dam-sabotage'],
        entities: ['tiny.river-authority', 'tiny.millbrook'],
        status: 'verified-stored',
      },
      {
        id: 'tiny.flood-map',
        title: 'Flood risk map for the northern valley',
        publisher: 'Northern River Authority',
        finding: 'Shows which streets flooded in 2021.',
        topics: ['tiny.floods'],
        entities: ['tiny.river-authority'],
        status: 'secondary',
      },
    ],
    ...overrides,
  };
}
