import type { FormEvent } from 'react';
import type { SourcelightDb } from '../../utils/db/sourcelight-db';
import type { OutletRow } from '../../utils/db/rows';
import type { OutletFormValues } from '../../utils/library/entry-forms';
import { saveUserOutlet } from '../../utils/library/library-edits';
import { EMPTY_OUTLET_FORM, formToOutlet, outletToForm } from '../../utils/library/outlet-form';
import { useFormFields } from './use-form-fields';
import { FormFooter } from './FormFooter';
import { STATUS_OPTIONS } from './status-options';

interface Props {
  db: SourcelightDb;
  existing?: OutletRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Adds the user's own outlet profile or edits one. */
export function OutletForm({ db, existing, onDone, onCancel }: Props) {
  const { values, errors, setErrors, field, formRef } = useFormFields<OutletFormValues>(() =>
    existing ? outletToForm(existing) : EMPTY_OUTLET_FORM,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const built = formToOutlet(values, existing);
    if (!built.ok) return setErrors(built.errors);
    const saved = await saveUserOutlet(db, built.outlet);
    if (!saved.ok) return setErrors({ form: saved.error });
    setErrors({});
    onDone(
      existing ? `Saved your changes to ${built.outlet.name}.` : `Added ${built.outlet.name}.`,
    );
  }

  return (
    <form ref={formRef} className="sl-form" onSubmit={submit} noValidate data-testid="outlet-form">
      <h3>{existing ? 'Edit outlet' : 'Add an outlet'}</h3>
      {field('name', 'Name', { required: true })}
      {field('domains', 'Domains', { required: true, hint: 'e.g. example.org, news.example.org' })}
      {field('owner', 'Owner')}
      {field('stateAffiliation', 'State affiliation', { hint: 'Leave empty if none or unknown' })}
      {field('notes', 'Notes', { multiline: true })}
      {field('status', 'Verification status', { options: STATUS_OPTIONS })}
      <FormFooter error={errors.form} saveTestId="save-outlet" onCancel={onCancel} />
    </form>
  );
}
