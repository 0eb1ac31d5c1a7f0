import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  name: string;
  value: string;
  error?: string;
  hint?: string;
  onChange: (name: string, value: string) => void;
  multiline?: boolean;
  options?: readonly { value: string; label: string }[];
  required?: boolean;
}

/** A labelled input, textarea or select with its error message right under it. */
export function FormField({
  label,
  name,
  value,
  error,
  hint,
  onChange,
  multiline,
  options,
  required,
}: Props) {
  const id = useId();
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': `field-${name}`,
  };
  let control: ReactNode;
  if (options) {
    control = (
      <select {...common} onChange={(e) => onChange(name, e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (multiline) {
    control = <textarea {...common} rows={4} onChange={(e) => onChange(name, e.target.value)} />;
  } else {
    control = <input {...common} type="text" onChange={(e) => onChange(name, e.target.value)} />;
  }
  return (
    <div className="sl-field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {hint && (
        <p id={`${id}-hint`} className="sl-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="sl-error" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}
