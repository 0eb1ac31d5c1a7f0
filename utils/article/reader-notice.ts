/**
 * Notices a site prints as ordinary paragraphs inside the article, addressed to the reader rather
 * than telling the story: paywall and subscription prompts, copyright and reprint notices, "follow
 * us" and "get our app" lines, calls for letters or tips, and disclaimers about contributors'
 * views. Recognised by wording, only in short standalone blocks without quotation marks (a story
 * *about* a paywall quotes people; a notice does not).
 */

/** Longer blocks are prose, whatever words they contain. */
const MAX_NOTICE = 320;
const NOTICE_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SPAN',
  'EM',
  'STRONG',
]);
const QUOTES = /["“”«»]/;

// Cyrillic letters that look like Latin ones: spam notices mix them in to get past filters.
const LOOKALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  ԁ: 'd',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};
const CYRILLIC = /[\u0400-\u04ff\u0500-\u052f]/g;

const NOTICES: readonly RegExp[] = [
  // Paywall and account prompts.
  /^(?:please )?(?:subscribe|sign up|log ?in|sign in|register|become a (?:member|subscriber))\b/i,
  /\bplease (?:subscribe|log ?in|sign in|register)\b/i,
  /\b(?:already an? (?:subscriber|member)|(?:new|first[- ]time) subscribers)\b/i,
  /\b(?:subscri(?:be|ption)|log ?in|sign in)\b.{0,80}\b(?:full|whole|rest of the) (?:story|article)\b/i,
  /\b(?:full|whole|rest of the) (?:story|article)\b.{0,80}\b(?:subscri(?:be|ption)|log ?in|sign in)\b/i,
  // Copyright, reprint and advertising notices.
  /©\s*\d{4}|\bcopyright(?:ed)? (?:property|material|©|\d{4})|\ball rights reserved\b/i,
  /\bpermission\b.{0,80}\b(?:reprint|republish|reproduc)|\b(?:reprint|republish|reproduc)\w*\b.{0,80}\bpermission\b/i,
  /^advertise (?:with|on|here)\b/i,
  // Social media, apps, newsletters.
  /^follow\b.{0,80}\bon (?:twitter|facebook|instagram|x|tiktok|linkedin|youtube|threads|bluesky|whatsapp|telegram)\b/i,
  /^(?:for (?:the latest|more)|get the latest|stay (?:up to date|informed|updated))\b.{0,100}\b(?:download|apps?|follow|subscribe|sign up|newsletter)\b/i,
  /^(?:download|install|get) (?:the|our)\b.{0,60}\bapps?\b/i,
  /\bstraight to your (?:phone|inbox|device)\b/i,
  // Calls for letters and tips.
  /^(?:submit|send us) (?:your|a) (?:letter|story|news tip|tip|photos?)\b/i,
  // Disclaimers about contributed content.
  /\b(?:is|are) not (?:held )?responsible for (?:the )?(?:opinions|views|content|statements|comments)\b/i,
  /\b(?:do(?:es)? not|don't) necessarily (?:reflect|represent) the (?:views|opinions|position)\b/i,
];

/** Whether a block of the parsed article is a notice to the reader rather than article text. */
export function isReaderNotice(el: Element): boolean {
  if (!NOTICE_TAGS.has(el.tagName.toUpperCase())) return false;
  const raw = el.textContent ?? '';
  if (raw.length > MAX_NOTICE * 2) return false;
  const text = raw
    .replace(CYRILLIC, (c) => LOOKALIKES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0 || text.length > MAX_NOTICE || QUOTES.test(text)) return false;
  return NOTICES.some((re) => re.test(text));
}
