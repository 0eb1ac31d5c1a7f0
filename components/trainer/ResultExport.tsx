import { useState } from 'react';
import type { Span } from '@/utils/exercise/overlap';
import type { ExerciseScore } from '@/utils/exercise/score-exercise';
import { buildResult, resultFileName } from '@/utils/lesson/build-result';
import { downloadFile } from '@/utils/lesson/download-file';
import type { Lesson } from '@/utils/lesson/lesson-schema';

interface Props {
  lesson: Lesson;
  selections: readonly (Span & { text: string })[];
  score: ExerciseScore;
}

/** After a round on a lesson: the student types a name and saves a result file to hand in. */
export function ResultExport({ lesson, selections, score }: Props) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  return (
    <form
      className="result-export"
      data-testid="result-export"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setStatus('Type your name first: the trainer sees it in the class view.');
          return;
        }
        const result = buildResult(lesson, name, selections, score);
        const file = resultFileName(result);
        downloadFile(file, JSON.stringify(result, null, 1), 'application/json');
        setStatus(`Saved ${file}: hand it to your trainer.`);
      }}
    >
      <h3>Hand in your result</h3>
      <label>
        Your name <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Save result file
      </button>
      <p role="status" data-testid="result-status">
        {status}
      </p>
    </form>
  );
}
