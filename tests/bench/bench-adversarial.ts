import { analyzeText } from '../../utils/analysis/analyze-text';
import { adversarialInputs } from './generate-adversarial';
import { median, round, timeRuns } from './stats';

/** Times the engine on every 1 MB adversarial input; an input over 2 s is timed once only. */
export function benchAdversarial(runs: number) {
  const inputs = adversarialInputs().map(([name, text]) => {
    const timesMs = timeRuns(() => analyzeText(text), runs, 2000);
    return { name, chars: text.length, medianMs: round(median(timesMs)), runs: timesMs.length };
  });
  const worst = inputs.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  return { maxMs: worst.medianMs, worst: worst.name, inputs };
}
