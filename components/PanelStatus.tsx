import { PanelFooter } from './PanelFooter';

interface Props {
  title: string;
  detail: string;
  action?: { label: string; onClick(): void };
}

/** A whole-panel state: not an article, switched off, loading, or an error. */
export function PanelStatus({ title, detail, action }: Props) {
  return (
    <main className="status" data-testid="panel-status">
      <h1 className="brand">Sourcelight</h1>
      <h2 role="status">{title}</h2>
      <p>{detail}</p>
      {action && (
        <button type="button" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <PanelFooter />
    </main>
  );
}
