/** The parts of a keydown event the walkthrough looks at. */
export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element, if any. */
  target: { closest?(selector: string): unknown } | null;
}

// Typing in a field, or arrowing along the mode tabs, must not also change the step.
const OWN_KEYS = 'input, textarea, select, [contenteditable], [role="tablist"]';

/**
 * +1 for ArrowRight / n / PageDown, -1 for ArrowLeft / p / PageUp (what presentation clickers send),
 * "first" / "last" for Home / End; null for anything else.
 */
export function stepForKey(event: KeyLike): 1 | -1 | 'first' | 'last' | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.target?.closest?.(OWN_KEYS)) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'n':
    case 'PageDown':
      return 1;
    case 'ArrowLeft':
    case 'p':
    case 'PageUp':
      return -1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
