import { explainFindings } from '../exercise/explain-findings';
import { matches, type Span } from '../exercise/overlap';
import type { Lesson } from './lesson-schema';
import { describeIssue, readFormat, type FileCheck } from './read-json-file';
import { RESULT_FORMAT, RESULT_VERSION, ResultSchema, type StudentResult } from './result-schema';

const WHAT = 'a Sourcelight result';

/** Reads one student's result file and checks that it was made on this very lesson. */
export function parseResult(text: string, lesson: Lesson): FileCheck<StudentResult> {
  const read = readFormat(text, RESULT_FORMAT, WHAT);
  if (!read.ok) return read;
  if (typeof read.value.version === 'number' && read.value.version > RESULT_VERSION) {
    return {
      ok: false,
      error: 'This result was saved by a newer Sourcelight; update the extension.',
    };
  }
  const parsed = ResultSchema.safeParse(read.value);
  if (!parsed.success) {
    return { ok: false, error: `This result file is damaged (${describeIssue(parsed.error)}).` };
  }
  const result = parsed.data;
  if (result.lessonHash !== lesson.contentHash) {
    const same = result.lessonId === lesson.id;
    return {
      ok: false,
      error: same
        ? `This result is for another version of this lesson (“${result.lessonTitle}” was saved again since).`
        : `This result is for another lesson (“${result.lessonTitle}”).`,
    };
  }
  const ids = new Set(explainFindings(lesson.key).map((f) => f.id));
  if (![...result.found, ...result.missed].every((id) => ids.has(id))) {
    return {
      ok: false,
      error: 'This result file is damaged: it names findings the lesson does not have.',
    };
  }
  return { ok: true, value: result };
}

/** What an import did: the class as it is now, and each refused file with its reason. */
export interface ClassImport {
  results: StudentResult[];
  added: number;
  problems: { file: string; error: string }[];
}

const who = (r: StudentResult): string => `${r.student.toLowerCase()}|${r.finishedAt}`;

/**
 * Adds result files to the class: refuses another lesson's results and a result already in (the
 * same student name, case aside, at the same time); the rest of the files still go in.
 */
export function addResults(
  lesson: Lesson,
  current: readonly StudentResult[],
  files: readonly { name: string; text: string }[],
): ClassImport {
  const results = [...current];
  const seen = new Set(results.map(who));
  const problems: ClassImport['problems'] = [];
  for (const file of files) {
    const parsed = parseResult(file.text, lesson);
    if (!parsed.ok) {
      problems.push({ file: file.name, error: parsed.error });
    } else if (seen.has(who(parsed.value))) {
      problems.push({
        file: file.name,
        error: `Already imported: ${parsed.value.student}’s result of ${parsed.value.finishedAt}.`,
      });
    } else {
      seen.add(who(parsed.value));
      results.push(parsed.value);
    }
  }
  return { results, added: results.length - current.length, problems };
}

/** One finding of the key and how many students found it. */
export interface FindingTally {
  id: string;
  heading: string;
  text: string;
  found: number;
}

/** Selections outside the key that several students made: worth discussing, or adding. */
export interface FrequentExtra {
  text: string;
  students: number;
}

export interface ClassSummary {
  students: number;
  meanPercent: number;
  findings: FindingTally[];
  /** Findings fewest students found (at least one missed it), fewest first. */
  mostMissed: FindingTally[];
  frequentExtras: FrequentExtra[];
}

/**
 * Per finding, how many students found it; the most-missed ones; and extras that at least two
 * students made on overlapping passages (the same rule as the exercise's scoring groups them).
 */
export function summariseClass(lesson: Lesson, results: readonly StudentResult[]): ClassSummary {
  const findings = explainFindings(lesson.key).map((f) => ({
    id: f.id,
    heading: f.heading,
    text: f.text,
    found: results.filter((r) => r.found.includes(f.id)).length,
  }));
  const clusters: { span: Span; texts: Map<string, number>; students: Set<number> }[] = [];
  results.forEach((r, student) => {
    for (const extra of r.extra) {
      let cluster = clusters.find((c) => matches(extra, c.span));
      if (!cluster) {
        cluster = { span: extra, texts: new Map(), students: new Set() };
        clusters.push(cluster);
      }
      cluster.students.add(student);
      cluster.texts.set(extra.text, (cluster.texts.get(extra.text) ?? 0) + 1);
    }
  });
  const frequentExtras = clusters
    .filter((c) => c.students.size >= 2)
    .map((c) => ({
      // The wording most students selected stands for the group.
      text: [...c.texts.entries()].sort((a, b) => b[1] - a[1])[0]![0],
      students: c.students.size,
    }))
    .sort((a, b) => b.students - a.students);
  const mean =
    results.length === 0 ? 0 : results.reduce((n, r) => n + r.score.percent, 0) / results.length;
  return {
    students: results.length,
    meanPercent: Math.round(mean),
    findings,
    mostMissed: findings
      .filter((f) => f.found < results.length)
      .sort((a, b) => a.found - b.found)
      .slice(0, 5),
    frequentExtras,
  };
}
