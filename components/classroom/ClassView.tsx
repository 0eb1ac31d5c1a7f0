import { useMemo, useState } from 'react';
import { classCsv } from '@/utils/lesson/class-csv';
import { addResults, summariseClass, type ClassImport } from '@/utils/lesson/class-results';
import { downloadFile } from '@/utils/lesson/download-file';
import { lessonFileName } from '@/utils/lesson/build-result';
import type { Lesson } from '@/utils/lesson/lesson-schema';
import { parseLesson } from '@/utils/lesson/parse-lesson';
import type { StudentResult } from '@/utils/lesson/result-schema';
import { ClassSummaryTables } from './ClassSummaryTables';

const readAll = (files: FileList | null) =>
  Promise.all([...(files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));

/**
 * The trainer's class view: open the lesson, import the students' result files (another lesson's
 * results and duplicates are refused, each with its reason), see what the class found, save as CSV.
 * Everything stays on this page: nothing is stored or sent.
 */
export function ClassView() {
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const [results, setResults] = useState<StudentResult[]>([]);
  const [lessonError, setLessonError] = useState('');
  const [imported, setImported] = useState<ClassImport | null>(null);
  const summary = useMemo(() => lesson && summariseClass(lesson, results), [lesson, results]);

  const openLesson = async (files: FileList | null): Promise<void> => {
    const [file] = await readAll(files);
    if (!file) return;
    const parsed = await parseLesson(file.text);
    if (!parsed.ok) {
      setLessonError(`${file.name}: ${parsed.error}`);
      return;
    }
    setLessonError('');
    if (parsed.value.contentHash !== lesson?.contentHash) {
      setLesson(parsed.value);
      setResults([]);
      setImported(null);
    }
  };
  const importResults = async (files: FileList | null): Promise<void> => {
    if (!lesson) return;
    const outcome = addResults(lesson, results, await readAll(files));
    setResults(outcome.results);
    setImported(outcome);
  };

  return (
    <main>
      <h1>Class view</h1>
      <p>
        <label>
          1. Open the lesson file{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="class-lesson-file"
            onChange={(e) => void openLesson(e.target.files).then(() => (e.target.value = ''))}
          />
        </label>
      </p>
      {lessonError && (
        <p role="alert" className="class-problems" data-testid="class-lesson-error">
          {lessonError}
        </p>
      )}
      {lesson && (
        <>
          <p data-testid="class-lesson">
            Lesson: <strong>{lesson.article.title}</strong> ({lessonFileName(lesson)})
          </p>
          <p>
            <label>
              2. Import the students’ result files{' '}
              <input
                type="file"
                multiple
                accept=".json,application/json"
                data-testid="class-result-files"
                onChange={(e) =>
                  void importResults(e.target.files).then(() => (e.target.value = ''))
                }
              />
            </label>
          </p>
        </>
      )}
      {imported && (
        <div role="status" data-testid="class-import-status">
          <p>
            Imported {imported.added} result{imported.added === 1 ? '' : 's'}
            {imported.problems.length > 0 && `; ${imported.problems.length} refused`}.
          </p>
          {imported.problems.length > 0 && (
            <ul className="class-problems" data-testid="class-problems">
              {imported.problems.map((p, i) => (
                <li key={`${p.file}-${i}`}>
                  {p.file}: {p.error}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {lesson && summary && summary.students > 0 && (
        <>
          <ClassSummaryTables summary={summary} results={results} />
          <button
            type="button"
            onClick={() =>
              downloadFile(
                lessonFileName(lesson).replace('.sourcelight-lesson.json', '-class.csv'),
                classCsv(summary),
                'text/csv;charset=utf-8',
              )
            }
          >
            Download CSV
          </button>
        </>
      )}
    </main>
  );
}
