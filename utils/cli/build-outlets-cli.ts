/**
 * `npm run build:outlets [-- DIR]`: turns the State Media Profiles dataset (State_Media_Matrix.csv
 * and LICENSE in DIR, default ../shared/data/state-media) into assets/outlets/state-media.json.
 * Deterministic: the same CSV always gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStateMediaTable, serializeStateMediaTable } from '../library/state-media-table';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data', 'state-media'));
const out = join(repoRoot, 'assets', 'outlets', 'state-media.json');

try {
  const csv = readFileSync(join(dir, 'State_Media_Matrix.csv'), 'utf8');
  const licence = readFileSync(join(dir, 'LICENSE'), 'utf8').trim();
  const { outlets, stats } = buildStateMediaTable(csv);
  const text = serializeStateMediaTable({
    source:
      'State Media Profiles, github.com/ASD-at-GMF/state-media-profiles (commit d878fee1e0ae, 2024-02-07)',
    credit:
      'Alliance for Securing Democracy at the German Marshall Fund (State Media Profiles), from the State Media Monitor of the Media and Journalism Research Center (statemediamonitor.com)',
    licence,
    outlets,
  });
  writeFileSync(out, text);
  console.log(
    `${stats.rows} rows, ${stats.withUrl} with a web address → ${stats.domains} domains in ${out}`,
  );
  if (stats.unreadable.length > 0) {
    console.log(
      `skipped ${stats.unreadable.length} unreadable addresses: ${stats.unreadable.join(', ')}`,
    );
  }
} catch (error) {
  console.error(`build:outlets: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
