import type { FormEvent } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import type { DocumentRow } from '../../utils/db/rows';
import {
  EMPTY_DOCUMENT_FORM,
  documentToForm,
  formToDocument,
} from '../../utils/library/document-form';
import type { DocumentFormValues } from '../../utils/library/entry-forms';
import { saveUserDocument } from '../../utils/library/library-edits';
import { DocumentKindSchema } from '../../utils/library/pack-items';
import { useFormFields } from './use-form-fields';
import { FormFooter } from './FormFooter';
import { STATUS_OPTIONS } from './status-options';
import type { LibrarySnapshot } from './use-library';

interface Props {
  db: SourcelightDb;
  library: LibrarySnapshot;
  existing?: DocumentRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const KIND_OPTIONS = DocumentKindSchema.options.map((value) => ({ value, label: value }));

/** Adds the user's own document or edits one (a pack document edited here is kept on upgrade). */
export function DocumentForm({ db, library, existing, onDone, onCancel }: Props) {
  const { values, errors, setErrors, field, formRef } = useFormFields<DocumentFormValues>(() =>
    existing ? documentToForm(existing, library.entities, library.topics) : EMPTY_DOCUMENT_FORM,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = formToDocument(values, existing, library.entities, library.topics);
    if (!built.ok) return setErrors(built.errors);
    const saved = await saveUserDocument(db, built.document);
    if (!saved.ok) return setErrors({ form: saved.error });
    setErrors({});
    onDone(
      existing
        ? `Saved your changes to “${built.document.title}”.`
        : `Added “${built.document.title}”.`,
    );
  }

  return (
    <form
      ref={formRef}
      className="sl-form"
      onSubmit={submit}
      noValidate
      data-testid="document-form"
    >
      <h3>{existing ? 'Edit document' : 'Add your own document'}</h3>
      {existing?.origin === 'pack' && (
        <p className="sl-hint">
          This document comes from a pack; your edit will be kept when the pack is updated.
        </p>
      )}
      {field('title', 'Title', { required: true })}
      {field('publisher', 'Publisher', { required: true })}
      {field('kind', 'Kind', { options: KIND_OPTIONS })}
      {field('date', 'Date', { hint: 'YYYY, YYYY-MM or YYYY-MM-DD' })}
      {field('symbol', 'Document symbol', { hint: 'e.g. S/2017/904' })}
      {field('url', 'Link', { hint: 'Only http:// or https:// addresses' })}
      {field('finding', 'What it found', { required: true, multiline: true })}
      {field('evidence', 'How you checked it', { multiline: true })}
      {field('status', 'Verification status', { options: STATUS_OPTIONS })}
      {field('entities', 'Entities', {
        hint: 'Names or ids from the library, separated by commas',
      })}
      {field('topics', 'Topics', { hint: 'Topic names or ids, separated by commas' })}
      <FormFooter error={errors.form} saveTestId="save-document" onCancel={onCancel} />
    </form>
  );
}
