import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  framePanelBeside,
  pageHighlights,
  selectInArticle,
  tabIdFor,
  textPoint,
  waitForReport,
} from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.resolve(here, '../../assets/screenshots');

interface Span {
  id: string;
  start: number;
  end: number;
  text: string;
}
interface LessonFile {
  id: string;
  contentHash: string;
  article: { title: string; blocks: { kind: string; text: string }[] };
  key: { quotes: Span[]; terms: Span[]; sourcing: Span[] };
  added: string[];
  notes: Record<string, string>;
}
interface ResultFile {
  student: string;
  lessonId: string;
  lessonHash: string;
  found: string[];
  missed: string[];
  extra: { text: string }[];
  score: { found: number; total: number };
}

/** The panel opened in a tab of its own, pinned to a tab (a Page, so downloads can be awaited). */
async function panelFor(context: BrowserContext, extensionId: string, tabId: number) {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByRole('tablist', { name: 'Panel mode' })).toBeVisible();
  return panel;
}

/** Clicks a button in `page` and saves the download it starts; returns the file's path. */
async function download(page: Page, button: string, to: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await file.saveAs(to);
  return to;
}

/** axe-core violations on a page, as readable lines (none expected). */
async function violations(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${what}: ${v.id}: ${v.help}`);
}

/** One exercise round on the lesson: select the passages, reveal, and save a result file. */
async function handIn(panel: Page, lesson: Page, passages: string[], name: string, to: string) {
  await panel.getByRole('tab', { name: 'Exercise' }).click();
  const again = panel.getByRole('button', { name: 'Try again' });
  if (await again.isVisible()) await again.click();
  else await panel.getByRole('button', { name: 'Start the exercise' }).click();
  await expect.poll(async () => Object.keys(await pageHighlights(lesson))).toEqual([]);
  for (const p of passages) await selectInArticle(lesson, p);
  await expect(panel.getByTestId('exercise-selections').locator('li')).toHaveCount(passages.length);
  await panel.getByRole('button', { name: 'Reveal and score' }).click();
  await panel.getByLabel('Your name').fill(name);
  return download(panel, 'Save result file', to);
}

const ADDED = 'on Thursday';
const EXTRA = 'at the port office';

test('a trainer saves a lesson, students do it offline and hand in results, the class view counts them', async ({
  context,
  extensionId,
  serviceWorker,
}, testInfo) => {
  // 1. Prepare a lesson from a live article: dismiss one finding, add one, write a note, save.
  const live = await context.newPage();
  await live.goto('/article.html');
  await waitForReport(serviceWorker, '/article.html');
  const liveTab = await tabIdFor(serviceWorker, '/article.html');
  const panel = await panelFor(context, extensionId, liveTab);
  const liveState = (await waitForReport(serviceWorker, '/article.html')) as unknown as {
    report: { analysis: { terms: Span[] } };
  };
  const dismissedTerm = liveState.report.analysis.terms.at(-1)!;
  await panel
    .locator(`[data-finding-id="term:${dismissedTerm.id}"]`)
    .getByRole('button', { name: 'Dismiss this flag as wrong' })
    .click();
  // The header counts claims as the list does (a quotation split by its cue once).
  const listed = (await panel.locator('#claims-heading').innerText()).match(/\((\d+)\)/)![1];
  await expect(panel.getByTestId('counts')).toContainText(`${listed} claims ·`);
  // Claims are numbered in the panel: the numbers other parts of the panel refer to.
  // Grouped by speaker, numbered in reading order: each number once.
  const numbers = (await panel.getByTestId('claim-number').allInnerTexts()).map((t) =>
    Number(t.replace('Claim ', '')),
  );
  expect(new Set(numbers)).toEqual(new Set(numbers.map((_, i) => i + 1)));
  // Each occurrence of a term comes with a few words around it.
  await expect(panel.getByTestId('term-context').first()).toContainText(
    /\w+ \w+ so-called inspection \w+/,
  );
  await panel.getByRole('tab', { name: 'Report' }).click();
  await panel.getByRole('button', { name: 'Add a passage the engine missed' }).click();
  await selectInArticle(live, ADDED);
  const form = panel.getByTestId('lesson-add-form');
  await expect(form).toContainText(ADDED);
  await form.getByLabel('Why').fill('Where was this said? Ask who was in the room.');
  await form.getByLabel('Discussion note').fill('Is the place part of the claim?');
  await form.getByRole('button', { name: 'Add to the key' }).click();
  await expect(panel.getByTestId('lesson-added')).toContainText(ADDED);
  // Switching modes keeps the unsaved draft.
  await panel.getByRole('tab', { name: 'Findings' }).click();
  await panel.getByRole('tab', { name: 'Report' }).click();
  await expect(panel.getByTestId('lesson-added')).toContainText(ADDED);
  await panel.getByText(/^Discussion notes/).click();
  await panel.locator('.lesson__notes textarea').first().fill('Who is speaking here?');
  const lessonPath = await download(
    panel,
    'Save as lesson',
    testInfo.outputPath('port.sourcelight-lesson.json'),
  );
  // The status is written after the download starts: wait for it, then read the file name.
  const status = panel.getByTestId('lesson-status');
  await expect(status).toContainText('.sourcelight-lesson.json:');
  expect(path.basename((await status.innerText()).split(' ')[1]!)).toMatch(
    /\.sourcelight-lesson\.json:$/,
  );
  const lesson = JSON.parse(await readFile(lessonPath, 'utf8')) as LessonFile;
  const keySpans = [...lesson.key.quotes, ...lesson.key.terms, ...lesson.key.sourcing];
  expect(lesson.article.title).toContain('Port authority');
  expect(lesson.article.blocks[0]).toEqual({ kind: 'heading', text: lesson.article.title });
  expect(keySpans.map((s) => s.text)).toContain(ADDED);
  expect(lesson.key.terms.map((t) => t.id)).not.toContain(dismissedTerm.id);
  expect(lesson.key.terms).toHaveLength(liveState.report.analysis.terms.length);
  expect(lesson.added).toHaveLength(1);
  expect(Object.values(lesson.notes)).toEqual(
    expect.arrayContaining(['Who is speaking here?', 'Is the place part of the claim?']),
  );

  // 2. A student opens it on the lesson page: text only, the key's highlights.
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${extensionId}/lesson.html`);
  await page.locator('#lesson-file').setInputFiles(lessonPath);
  await expect(page.locator('#lesson-title')).toHaveText(lesson.article.title);
  await waitForReport(serviceWorker, '/lesson.html');
  const allHighlighted = async () => Object.values(await pageHighlights(page)).flat();
  await expect.poll(allHighlighted).toContain(ADDED);
  expect(await page.locator('#lesson-body *').count()).toBe(lesson.article.blocks.length);
  const lessonTab = await tabIdFor(serviceWorker, '/lesson.html');
  const student = await panelFor(context, extensionId, lessonTab);
  await expect(student.getByTestId('claims')).toBeVisible();
  await student.getByRole('tab', { name: 'Walkthrough' }).click();
  await expect(student.getByTestId('walkthrough-note')).toHaveText(
    'Discuss: Who is speaking here?',
  );
  // The step shows its sentence, the article's title and outlet, in presenter view too.
  await student.getByRole('button', { name: 'Presenter view' }).click();
  await expect(student.getByTestId('panel-header')).toBeHidden();
  await expect(student.getByTestId('walkthrough-source')).toContainText(lesson.article.title);
  await expect(student.getByTestId('walkthrough-sentence')).toContainText(
    (await student.locator('.walkthrough__text').innerText()).trim(),
  );
  await student.getByRole('button', { name: 'Leave presenter view' }).click();

  if (process.env.UPDATE_SCREENSHOTS) {
    const panel = await framePanelBeside(page, extensionId, lessonTab);
    await expect(panel.getByTestId('claims')).toBeVisible();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'lesson.png') });
    await page.evaluate(() => document.querySelector('iframe')?.remove());
  }

  // A lesson file changed by hand (a word of the article) is refused; the open lesson stays.
  const tampered = testInfo.outputPath('tampered.sourcelight-lesson.json');
  const changed = structuredClone(lesson);
  changed.article.blocks[1]!.text = changed.article.blocks[1]!.text.replace(/\w+/, 'Nobody');
  await writeFile(tampered, JSON.stringify(changed));
  await page.locator('#lesson-file').setInputFiles(tampered);
  await expect(page.getByRole('alert')).toContainText('changed after it was saved');
  await expect(page.locator('#lesson-body p').nth(0)).toHaveText(lesson.article.blocks[1]!.text);
  await expect.poll(allHighlighted).toContain(ADDED);

  // 3. Two students do the exercise, scored against the trainer's key, and save result files.
  const term = lesson.key.terms.find((t) => !lesson.added.includes(`term:${t.id}`))!;
  const ana = await handIn(
    student,
    page,
    [ADDED, term.text, EXTRA],
    'Ana',
    testInfo.outputPath('ana.json'),
  );
  await expect(student.getByTestId('exercise-found')).toHaveText('2');
  await expect(student.getByTestId('exercise-extra')).toHaveText('1');
  const anaResult = JSON.parse(await readFile(ana, 'utf8')) as ResultFile;
  expect(anaResult).toMatchObject({
    student: 'Ana',
    lessonId: lesson.id,
    lessonHash: lesson.contentHash,
  });
  expect(anaResult.found).toContain(lesson.added[0]);
  expect(anaResult.extra.map((e) => e.text)).toEqual([EXTRA]);
  const ben = await handIn(student, page, [EXTRA], 'Ben', testInfo.outputPath('ben.json'));

  // Another lesson's result: the same file made for a changed lesson.
  const foreign = testInfo.outputPath('foreign.json');
  await writeFile(
    foreign,
    JSON.stringify({
      ...anaResult,
      student: 'Cy',
      lessonId: 'another-lesson-0000',
      lessonHash: 'f'.repeat(64),
      lessonTitle: 'Other',
    }),
  );

  // 4. The class view: open the lesson, import the results; refused files say why.
  const view = await context.newPage();
  await view.setViewportSize({ width: 1100, height: 900 });
  await view.goto(`chrome-extension://${extensionId}/classview.html`);
  await view.getByTestId('class-lesson-file').setInputFiles(lessonPath);
  await expect(view.getByTestId('class-lesson')).toContainText(lesson.article.title);
  await view.getByTestId('class-result-files').setInputFiles([ana, ben, foreign, lessonPath]);
  await expect(view.getByTestId('class-import-status')).toContainText(
    'Imported 2 results; 2 refused',
  );
  await expect(view.getByTestId('class-problems')).toContainText('for another lesson');
  await expect(view.getByTestId('class-problems')).toContainText('It is a lesson file');
  await view.getByTestId('class-result-files').setInputFiles([ana]);
  await expect(view.getByTestId('class-problems')).toContainText('Already imported: Ana');
  await expect(view.getByTestId('class-students')).toContainText('2 students');
  const row = (id: string) => view.locator(`[data-finding-id="${id}"]`);
  await expect(row(lesson.added[0]!)).toContainText('1 of 2');
  await expect(row(`term:${term.id}`)).toContainText('1 of 2');
  await expect(view.getByTestId('class-extras')).toContainText(`${EXTRA} — 2 students`);
  await expect(view.getByTestId('class-most-missed').locator('li').first()).toContainText(
    'missed by 2 of 2',
  );
  if (process.env.UPDATE_SCREENSHOTS) {
    await view.screenshot({ path: path.join(SHOTS, 'class-view.png'), fullPage: true });
  }
  expect(await violations(view, 'class view')).toEqual([]);
  expect(await violations(page, 'lesson page')).toEqual([]);
  const csv = await readFile(
    await download(view, 'Download CSV', testInfo.outputPath('class.csv')),
    'utf8',
  );
  expect(csv.split('\r\n')[0]).toBe('"row","kind","text","students","of"');
  expect(csv).toContain(`"extra","not in the key","${EXTRA}","2","2"`);
  expect(csv).toContain(`"${ADDED}","1","2"`);

  // The trainer adds a passage in the lesson view and saves the lesson again: same id, new hash.
  await student.getByRole('tab', { name: 'Report' }).click();
  await student.getByRole('button', { name: 'Add a passage the engine missed' }).click();
  await selectInArticle(page, 'press conference');
  await student
    .getByTestId('lesson-add-form')
    .getByRole('button', { name: 'Add to the key' })
    .click();
  const again = JSON.parse(
    await readFile(
      await download(
        student,
        'Save as lesson',
        testInfo.outputPath('again.sourcelight-lesson.json'),
      ),
      'utf8',
    ),
  ) as LessonFile;
  expect(again.id).toBe(lesson.id);
  expect(again.contentHash).not.toBe(lesson.contentHash);
  expect(again.added).toHaveLength(2);
  expect(again.notes).toEqual(lesson.notes);
});

test('a bad or changed lesson file is refused with a reason and leaves the open lesson as it was', async ({
  context,
  extensionId,
}, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/lesson.html`);
  const garbage = testInfo.outputPath('garbage.sourcelight-lesson.json');
  await writeFile(garbage, '{"format": "sourcelight-lesson", "version": 1, "article": 5');
  await page.locator('#lesson-file').setInputFiles(garbage);
  await expect(page.getByRole('alert')).toContainText('not a Sourcelight lesson: it is not JSON');
  await expect(page.locator('#lesson-article')).toBeHidden();

  const view = await context.newPage();
  await view.goto(`chrome-extension://${extensionId}/classview.html`);
  const hostile = testInfo.outputPath('hostile.sourcelight-lesson.json');
  await writeFile(
    hostile,
    JSON.stringify({
      format: 'sourcelight-lesson',
      version: 1,
      id: 'x',
      article: '<img src=x onerror=alert(1)>',
    }),
  );
  await view.getByTestId('class-lesson-file').setInputFiles(hostile);
  await expect(view.getByTestId('class-lesson-error')).toContainText('damaged');
  await expect(view.getByTestId('class-result-files')).toHaveCount(0);
  await expect(view.locator('img')).toHaveCount(0);
});

test('pointing at a term inside a claim shows both findings on the card, stacked', async ({
  context,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await page.goto('/article.html');
  await waitForReport(serviceWorker, '/article.html');
  const box = await textPoint(page, 'so-called');
  await page.mouse.click(box.x, box.y);
  const card = page.locator('#sourcelight-card');
  await expect(card.locator('section')).toHaveCount(2);
  await expect(card.locator('section').nth(0)).toContainText('so-called');
  await expect(card.locator('section').nth(1)).toContainText('Reported speech');
  await expect(card.getByRole('button', { name: 'Show the claim in panel' })).toBeVisible();
});
