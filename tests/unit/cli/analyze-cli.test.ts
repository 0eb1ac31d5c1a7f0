import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '@/utils/analysis/analysis-schema';
import { runCli } from '@/utils/cli/analyze-cli';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const story =
  'Mayor Ines Roldan said that the so-called reform would wait.\n\n“We need more time,” Roldan added.\n';
const paragraphs = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of a long story about the harbour, the boats, the weather and the people who work there every single day of the year.</p>`,
).join('');
const page = `<html><body><nav>Home</nav><article><h1>Harbour</h1><p>${story.split('\n\n')[0]}</p><p>${story.split('\n\n')[1]!.trim()}</p>${paragraphs}</article></body></html>`;

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

describe('analyze CLI', () => {
  it('adds the learned model’s "possibly loaded" flags only with --model', async () => {
    const txt = file('council.txt', 'The council’s shameless land grab stunned the town.\n');
    const plain = await run(['--json', txt]);
    const withModel = await run(['--json', '--model', txt]);
    const categories = (out: string) =>
      AnalysisSchema.parse(JSON.parse(out)).terms.map((t) => [t.text, t.category]);
    expect(categories(plain.out)).toEqual([]);
    expect(categories(withModel.out)).toContainEqual(['shameless', 'possibly-loaded']);
  });

  it('prints one JSON line per file with the file name and the engine output, offsets into the raw text', async () => {
    const txt = file('story.txt', story);
    const { code, out } = await run(['--json', txt, txt]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const { file: name, ...rest } = JSON.parse(lines[0]!) as { file: string };
    expect(name).toBe(txt);
    const analysis = AnalysisSchema.parse(rest);
    const q = analysis.quotes.find((x) => x.kind === 'direct')!;
    expect(story.slice(q.start, q.end)).toBe('We need more time,');
    expect(q.speaker?.name).toBe('Ines Roldan');
  });

  it('reads the article out of an HTML page', async () => {
    const { code, out } = await run(['--json', file('page.html', page)]);
    expect(code).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(out));
    expect(analysis.terms.map((t) => t.text)).toContain('so-called');
  });

  it('prints the article text it read out of a page with --text, one paragraph per line', async () => {
    const { code, out } = await run(['--text', file('text.html', page)]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toContain('“We need more time,” Roldan added.');
    expect(lines.filter((l) => l.startsWith('Paragraph '))).toHaveLength(4);
    expect(out).not.toContain('Home');
  });

  it('gives --text the same errors as analyze, and refuses --text with --json', async () => {
    const missing = await run(['--text', join(dir, 'nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    const listing = `<html><body><ul>${'<li><a href="/x">Item</a></li>'.repeat(50)}</ul></body></html>`;
    const empty = await run(['--text', file('listing.html', listing)]);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('no article text found');
    expect((await run(['--text', '--json', file('t.txt', story)])).code).toBe(2);
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await run([file('report.txt', story)]);
    expect(code).toBe(0);
    expect(out).toContain('Ines Roldan');
    expect(out).toContain('LOADED TERMS');
    expect(out).toContain('so-called');
  });

  it.each([
    ['a missing file', join(dir, 'missing.txt'), 'no such file'],
    ['an empty file', file('empty.txt', ''), 'empty'],
    [
      'a binary file',
      file('blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00])),
      'binary',
    ],
    [
      'a page without an article',
      file('bare.html', '<html><body><p>hi</p></body></html>'),
      'no article',
    ],
  ])(
    'fails with a clear message on %s, still handling the other files',
    async (_what, path, message) => {
      const good = file('good.txt', story);
      const { code, out, err } = await run(['--json', path, good]);
      expect(code).not.toBe(0);
      expect(err).toContain(message);
      expect(out.trim().split('\n')).toHaveLength(1);
    },
  );

  it('rejects a call without files', async () => {
    expect((await run(['--json'])).code).toBe(2);
  });
});
