interface Props {
  /** A form-wide error (e.g. an id clash), shown above the buttons. */
  error: string | undefined;
  saveTestId: string;
  onCancel(): void;
}

/** The end of a library form: its form-wide error, then Save and Cancel. */
export function FormFooter({ error, saveTestId, onCancel }: Props) {
  return (
    <>
      {error && (
        <p role="alert" className="sl-error" tabIndex={-1} data-testid="form-error">
          {error}
        </p>
      )}
      <div className="sl-actions">
        <button type="submit" data-testid={saveTestId}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
