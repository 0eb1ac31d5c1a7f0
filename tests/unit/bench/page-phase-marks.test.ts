import { describe, expect, it } from 'vitest';
import { PAGE_PHASES, phaseDurations } from '../../bench/page-phase-marks';

describe('phaseDurations', () => {
  it('gives each step between two marks, and leaves out a step whose marks are missing', () => {
    // A page that was not an article: the loader's gate ran, then nothing was marked but done.
    const notArticle = phaseDurations(
      new Map([
        ['injected', 10],
        ['start', 12.5],
        ['done', 14],
      ]),
    );
    expect(notArticle).toEqual({ 'until-shown': 2.5 });

    const marks = new Map<string, number>();
    let t = 100;
    for (const phase of PAGE_PHASES.filter((p) => p.name !== 'total')) {
      if (!marks.has(phase.from)) marks.set(phase.from, t);
      t += 2;
      marks.set(phase.to, t);
    }
    const article = phaseDurations(marks);
    for (const phase of PAGE_PHASES.filter((p) => p.name !== 'total'))
      expect(article[phase.name]).toBe(2);
    expect(article.total).toBe(2 * (PAGE_PHASES.length - 1));
  });

  it('leaves out a step whose marks came the other way round (a page the session copied itself)', () => {
    const marks = new Map([
      ['start', 0],
      ['gated', 1],
      ['loaded', 30],
      ['session-start', 31],
      ['painted', 40],
      ['scoped', 41],
      ['copied', 42],
      ['sent', 43],
      ['replied', 60],
    ]);
    const phases = phaseDurations(marks);
    expect(phases.load).toBeUndefined();
    expect(phases).toMatchObject({ gate: 1, evaluate: 1, copy: 1, wait: 29 });
  });

  it('lists the steps in order: each begins where the one before it ended', () => {
    const steps = PAGE_PHASES.filter((p) => p.name !== 'total');
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to);
    expect(PAGE_PHASES.at(-1)).toMatchObject({ from: steps[0]!.from, to: steps.at(-1)!.to });
  });
});
