import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../utils/library/entry-forms';
import { FormField } from './FormField';

/** Form state shared by the document and outlet forms: values, per-field errors, a field renderer, and the form's ref (focus moves to its first error). */
export function useFormFields<V extends Record<string, string>>(initial: () => V) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save the message may be off-screen: take the reader to the first error.
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], [role="alert"]',
    );
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }, [errors]);
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
  return { values, errors, setErrors, field, formRef };
}
