import type { KeyboardEvent } from 'react';

/** ArrowUp/ArrowDown (and j/k) move focus between the panel's findings, in reading order. */
export function onArrowNavigation(event: KeyboardEvent<HTMLElement>): void {
  const keys: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };
  const step = keys[event.key];
  if (step === undefined) return;
  const target = event.target as HTMLElement;
  if (target.matches('input, select, textarea')) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-nav="finding"]')];
  if (items.length === 0) return;
  const index = items.indexOf(target);
  const next = items[index === -1 ? 0 : Math.min(items.length - 1, Math.max(0, index + step))];
  next?.focus();
  event.preventDefault();
}
