/**
 * `npm run --silent analyze -- [--json | --text] [--model] FILE...`: analyses .txt and .html articles
 * in one process. With --json, one JSON line per file: {file, ...Analysis}; with --model, also the
 * learned model's "possibly loaded" flags, as the extension shows them. With --text, the text
 * Sourcelight reads instead (an HTML page's extracted article, one paragraph per line; a `== FILE`
 * line before each when there are several files). Exits 1 if any file could not be read, 2 on bad usage.
 */
import { analyzeText } from '../analysis/analyze-text';
import { suggestPossibleTerms } from '../term-model/possible-terms';
import { formatReport } from './format-report';
import { readArticle } from './read-article';

const USAGE =
  'usage: npm run --silent analyze -- [--json | --text] [--model] FILE...  (.txt or .html)';
const OPTIONS = new Set(['--json', '--text', '--model']);

/** Runs the CLI on `args` and returns the exit code; output goes through the given writers so tests can capture it. */
export async function runCli(
  args: readonly string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const json = args.includes('--json');
  const suggest = args.includes('--model') ? suggestPossibleTerms : null;
  const textOnly = args.includes('--text');
  const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.has(a));
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || files.length === 0 || (json && textOnly)) {
    const why = unknown.length
      ? `unknown option ${unknown[0]}\n`
      : json && textOnly
        ? '--json and --text cannot go together\n'
        : '';
    err(`${why}${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const read = await readArticle(file);
    if (!read.ok) {
      err(`analyze: ${read.error}\n`);
      failed = true;
      continue;
    }
    if (textOnly) {
      out(`${files.length > 1 ? `== ${file}\n` : ''}${read.text}\n`);
      continue;
    }
    const analysis = analyzeText(read.text, suggest);
    out(json ? `${JSON.stringify({ file, ...analysis })}\n` : formatReport(file, analysis));
  }
  return failed ? 1 : 0;
}

// Only run when executed directly, not when a test imports runCli.
if (process.argv[1] && /analyze-cli\.[cm]?[tj]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
