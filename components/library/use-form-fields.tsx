import { useState } from 'react';
import type { FieldErrors } from '../../utils/library/entry-forms';
import { FormField } from './FormField';

/** Form state shared by the document and outlet forms: values, per-field errors, and a field renderer. */
export function useFormFields<V extends Record<string, string>>(initial: () => V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));
  const field = (name: keyof V & string, label: string, extra: object = {}) => (
    <FormField
      label={label}
      name={name}
      value={values[name] ?? ''}
      error={errors[name]}
      onChange={set}
      {...extra}
    />
  );
  return { values, errors, setErrors, field };
}
