import type { ReactNode } from 'react';

interface Props {
  name: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

/** One on/off setting on the options page: a checkbox with its label. */
export function SettingCheckbox({ name, checked, disabled, onChange, children }: Props) {
  return (
    <label>
      <input
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {children}
    </label>
  );
}
