import { useState } from 'react';
import type { AddedFinding } from '@/utils/lesson/added-finding';

interface Props {
  passage: { start: number; end: number; text: string };
  onAdd(finding: AddedFinding): void;
  onCancel(): void;
}

/** Describes a passage the trainer selected on the page, to add it to the lesson's key. */
export function AddFindingForm({ passage, onAdd, onCancel }: Props) {
  const [kind, setKind] = useState<AddedFinding['kind']>('term');
  const [speaker, setSpeaker] = useState('');
  const [speakerIs, setSpeakerIs] = useState<AddedFinding['speakerIs']>('named');
  const [why, setWhy] = useState('');
  const [note, setNote] = useState('');
  return (
    <form
      className="lesson__add"
      data-testid="lesson-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd({ ...passage, kind, speaker, speakerIs, why, note });
      }}
    >
      <p className="meta">Selected: “{passage.text}”</p>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as AddedFinding['kind'])}>
          <option value="term">Loaded term</option>
          <option value="sourcing">Vague sourcing</option>
          <option value="quote">Quote</option>
        </select>
      </label>
      {kind === 'quote' ? (
        <>
          <label>
            Speaker <input value={speaker} onChange={(e) => setSpeaker(e.target.value)} />
          </label>
          <label>
            The article{' '}
            <select
              value={speakerIs}
              onChange={(e) => setSpeakerIs(e.target.value as AddedFinding['speakerIs'])}
            >
              <option value="named">names the speaker</option>
              <option value="described">describes the speaker</option>
              <option value="anonymous">keeps the speaker anonymous</option>
            </select>
          </label>
        </>
      ) : (
        <label>
          Why <input value={why} onChange={(e) => setWhy(e.target.value)} />
        </label>
      )}
      <label>
        Discussion note <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="primary">
        Add to the key
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
