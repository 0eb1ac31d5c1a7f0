/** Whether the live element is rendered (hidden text is not part of what the reader reads). */
export const isRendered = (el: Element): boolean =>
  typeof (el as HTMLElement).checkVisibility !== 'function' ||
  (el as HTMLElement).checkVisibility();
