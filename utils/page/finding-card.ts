import type { FindingDescription } from './describe-finding';

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; font: 14px/1.4 system-ui, sans-serif;
  background: #fff; color: #1f2328; border: 1px solid #8c959f; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
h2 { font-size: 14px; margin: 0 0 6px; }
section + section { margin-top: 10px; padding-top: 8px; border-top: 1px solid #8c959f; }
dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
dt { font-weight: 600; color: #57606a; } dd { margin: 0; }
.actions { margin-top: 8px; display: flex; gap: 8px; }
.note { margin: 8px 0 0; }
button { font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1c2128; color: #e6edf3; border-color: #57606a; }
  dt { color: #9da7b3; } button { background: #2d333b; }
}`;

/** Actions the card offers; the page session decides what they do. */
export interface CardActions {
  showInPanel(): void;
  dismiss(): void;
}

/** One finding on the card: several when findings overlap (vague sourcing inside a quote). */
export interface CardEntry {
  description: FindingDescription;
  actions: CardActions;
  /** Button names for a finding that encloses the first one ("Show the claim in panel"). */
  labels?: { show: string; dismiss: string };
}

/**
 * The hover card: lives in a shadow root on a host outside the article, and is built with
 * textContent only, so page text can never become markup.
 */
export function createFindingCard(doc: Document) {
  const host = doc.createElement('div');
  host.id = 'sourcelight-card';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', 'Sourcelight');
  root.append(style, card);
  let open = false;

  return {
    /** The card element, for tests and for knowing whether the pointer is over it. */
    host,
    get isOpen() {
      return open;
    },
    /** Shows the findings under the pointer, innermost first, stacked on one card. */
    show(entries: readonly CardEntry[], at: DOMRect): void {
      card.replaceChildren(...entries.map((entry) => section(doc, entry)));
      if (!host.isConnected) doc.documentElement.append(host);
      const top = at.bottom + 6 + 200 > innerHeight ? Math.max(4, at.top - 6 - 200) : at.bottom + 6;
      card.style.top = `${top}px`;
      card.style.left = `${Math.min(Math.max(4, at.left), innerWidth - 350)}px`;
      open = true;
    },
    /** Adds a line of explanation under the buttons (replacing any earlier one). */
    note(text: string): void {
      card.querySelector('.note')?.remove();
      const p = doc.createElement('p');
      p.className = 'note';
      p.setAttribute('role', 'status');
      p.textContent = text;
      card.append(p);
    },
    hide(): void {
      host.remove();
      open = false;
    },
    /** Card text as the reader sees it. */
    text(): string {
      return card.textContent ?? '';
    },
  };
}
export type FindingCard = ReturnType<typeof createFindingCard>;

function button(doc: Document, label: string, onClick: () => void): HTMLButtonElement {
  const b = doc.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', (e) => {
    e.stopPropagation();
    onClick();
  });
  return b;
}

function section(doc: Document, { description, actions, labels }: CardEntry): HTMLElement {
  const h = doc.createElement('h2');
  h.textContent = description.heading;
  const dl = doc.createElement('dl');
  for (const line of description.lines) {
    const dt = doc.createElement('dt');
    dt.textContent = line.label;
    const dd = doc.createElement('dd');
    dd.textContent = line.value;
    dl.append(dt, dd);
  }
  const buttons = doc.createElement('div');
  buttons.className = 'actions';
  buttons.append(
    button(doc, labels?.show ?? 'Show in panel', actions.showInPanel),
    button(doc, labels?.dismiss ?? 'Dismiss flag', actions.dismiss),
  );
  const el = doc.createElement('section');
  el.append(h, dl, buttons);
  return el;
}
