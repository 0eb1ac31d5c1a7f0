// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFindingCard } from '@/utils/page/finding-card';
import { OPEN_PANEL_HINT, panelOpened } from '@/utils/messaging/show-in-panel-reply';

const description = { heading: 'Loaded term', lines: [{ label: 'Term', value: 'so-called' }] };
const at = { top: 10, bottom: 30, left: 10, right: 60 } as DOMRect;
const actions = { showInPanel: () => undefined, dismiss: () => undefined };

describe('the hover card', () => {
  it('adds one note under the buttons, as text, however often it is asked', () => {
    const card = createFindingCard(document);
    card.show([{ description, actions }], at);
    card.note('<b>not markup</b>');
    card.note(OPEN_PANEL_HINT);
    const notes = card.host.shadowRoot!.querySelectorAll('.note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toBe(OPEN_PANEL_HINT);
    expect(card.host.shadowRoot!.querySelector('b')).toBeNull();
    // A card shown again for another finding starts without the note.
    card.show([{ description, actions }], at);
    expect(card.text()).not.toContain(OPEN_PANEL_HINT);
  });
});

describe('panelOpened', () => {
  it('is true only for the background saying the panel opened', () => {
    expect(panelOpened({ opened: true })).toBe(true);
    expect(panelOpened({ opened: false })).toBe(false);
    expect(panelOpened(undefined)).toBe(false);
    expect(panelOpened({ opened: 'yes' })).toBe(false);
  });
});
