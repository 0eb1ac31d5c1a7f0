import type { ClassSummary } from '@/utils/lesson/class-results';
import type { StudentResult } from '@/utils/lesson/result-schema';

interface Props {
  summary: ClassSummary;
  results: readonly StudentResult[];
}

/** What the class found: per finding, the most missed, frequent extras and each student's score. */
export function ClassSummaryTables({ summary, results }: Props) {
  const of = summary.students;
  return (
    <>
      <p data-testid="class-students">
        {of} student{of === 1 ? '' : 's'} · average score {summary.meanPercent}%
      </p>
      <h2>Per finding</h2>
      <table data-testid="class-findings">
        <thead>
          <tr>
            <th>Finding</th>
            <th>Text</th>
            <th>Found by</th>
          </tr>
        </thead>
        <tbody>
          {summary.findings.map((f) => (
            <tr key={f.id} data-finding-id={f.id}>
              <td>{f.heading}</td>
              <td>{f.text}</td>
              <td className="count">
                {f.found} of {of}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Most missed</h2>
      {summary.mostMissed.length === 0 ? (
        <p>Every student found every finding.</p>
      ) : (
        <ol data-testid="class-most-missed">
          {summary.mostMissed.map((f) => (
            <li key={f.id}>
              {f.text} — missed by {of - f.found} of {of}
            </li>
          ))}
        </ol>
      )}
      <h2>Frequent extras</h2>
      <p className="hint">Passages several students selected that are not in the key.</p>
      {summary.frequentExtras.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul data-testid="class-extras">
          {summary.frequentExtras.map((e) => (
            <li key={e.text}>
              {e.text} — {e.students} students
            </li>
          ))}
        </ul>
      )}
      <h2>Students</h2>
      <ul data-testid="class-results">
        {results.map((r) => (
          <li key={`${r.student}|${r.finishedAt}`}>
            {r.student}: {r.score.found} of {r.score.total} ({r.score.percent}%), {r.extra.length}{' '}
            extra
          </li>
        ))}
      </ul>
    </>
  );
}
