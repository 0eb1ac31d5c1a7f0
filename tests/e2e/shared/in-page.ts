// Functions evaluated inside a page by Playwright (Chromium) and puppeteer-core (Firefox) alike.
// Both send the function's source text to the page, so each is self-contained: no imports, no
// helpers, no named inner functions (a TS loader may wrap those in helpers the page lacks).

/** Names of our highlights registered in the page, with the text each covers. */
export function highlightsInPage(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-')) continue;
    out[name] = [...highlight].map((r) => r.toString());
  }
  return out;
}

/** The viewport point in the middle of the first occurrence of `needle` under `within`. */
export function textPointInPage([needle, within]: readonly [string, string]): {
  x: number;
  y: number;
} {
  const walker = document.createTreeWalker(document.querySelector(within)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`no text ${needle}`);
}

/** The hover card's text (it lives in a shadow root), or null when no card is shown. */
export function cardTextInPage(): string | null {
  return (
    document.querySelector('#sourcelight-card')?.shadowRoot?.querySelector('.card')?.textContent ??
    null
  );
}

/**
 * For each of our highlights registered in the page, the background colour the page draws for it
 * (read with getComputedStyle on the element of its first range), or null when it is transparent.
 * Both engines draw backgrounds; Firefox 140 draws no text-decoration inside `::highlight()`.
 */
export function highlightBackgroundsInPage(): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-')) continue;
    const [range] = [...highlight] as Range[];
    const node = range?.startContainer;
    const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
    if (!element) continue;
    const background = getComputedStyle(element, `::highlight(${name})`).backgroundColor;
    const transparent = background === 'transparent' || /,\s*0\)$/.test(background);
    out[name] = transparent ? null : background;
  }
  return out;
}
