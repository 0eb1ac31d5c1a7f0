import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

describe('entities', () => {
  const text = [
    'The International Commission for River Safety (ICRS) met in the city of Port Aldwin on Friday.',
    'Chairwoman Elena Sorvino said the ICRS would publish its findings.',
    'Sorvino added that the Blue Lantern Group had refused to take part.',
  ].join('\n');
  const a = analyze(text);
  const byName = (n: string) => a.entities.find((e) => e.name === n);

  it('merges an acronym into the full name', () => {
    const e = byName('International Commission for River Safety')!;
    expect(e.type).toBe('organisation');
    expect(e.aliases).toContain('ICRS');
    expect(e.mentions).toHaveLength(3);
  });

  it('merges a surname into the person', () => {
    const e = byName('Elena Sorvino')!;
    expect(e.type).toBe('person');
    expect(e.aliases).toContain('Sorvino');
    for (const m of e.mentions)
      expect(['Elena Sorvino', 'Sorvino']).toContain(text.slice(m.start, m.end));
  });

  it('types places from their context and skips sentence-initial ordinary words', () => {
    expect(byName('Port Aldwin')?.type).toBe('place');
    expect(byName('Blue Lantern Group')?.type).toBe('organisation');
    expect(byName('The')).toBeUndefined();
  });
});
