/**
 * Notices a site prints as ordinary paragraphs inside the article, addressed to the reader rather
 * than telling the story: paywall and subscription prompts, affiliate disclosures, copyright and
 * reprint notices, "follow us" and "get our app" lines, calls for letters or tips, and disclaimers
 * about contributors' views. Recognised by wording, only in short standalone blocks without
 * quotation marks (a story *about* a paywall quotes people; a notice does not).
 */
import { shortBlockText } from './short-block';

/** Longer blocks are prose, whatever words they contain. */
export const MAX_NOTICE = 320;
const QUOTES = /["“”«»]/;

// Cyrillic letters that look like Latin ones: spam notices mix them in to get past filters.
const LOOKALIKE = 'аеорсухіѕјԁАВЕКМНОРСТХ';
const LATIN = 'aeopcyxisjdABEKMHOPCTX';
const CYRILLIC = /[\u0400-\u04ff\u0500-\u052f]/g;

const NOTICES: readonly RegExp[] = [
  // Paywall and account prompts.
  /^(?:please )?(?:subscribe|sign up|log ?in|sign in|register|become a (?:member|subscriber))\b/i,
  /\bplease (?:subscribe|log ?in|sign in|register)\b/i,
  /\b(?:already an? (?:subscriber|member)|(?:new|first[- ]time) subscribers)\b/i,
  /\b(?:subscri(?:be|ption)|log ?in|sign in)\b.{0,80}\b(?:full|whole|rest of the) (?:story|article)\b/i,
  // Log in to comment (English and German forms: WordPress, forum and CMS templates).
  /\b(?:must|need to|have to) be (?:logged|signed) in to (?:post|leave|write|add|submit) (?:a )?comments?\b/i,
  /\b(?:musst|muss|müssen) (?:eingeloggt|angemeldet|registriert) sein,? um\b.{0,30}\bkommentar/i,
  /\b(?:full|whole|rest of the) (?:story|article)\b.{0,80}\b(?:subscri(?:be|ption)|log ?in|sign in)\b/i,
  // Subscription and membership appeals: "cancel anytime", as sites in several languages put it.
  /\b(?:cancel (?:any ?time|at any time)|cancela(?:r)? (?:cuando quieras|en cualquier momento)|cancele quando quiser|jederzeit kündbar|résiliable à tout moment)/i,
  // Affiliate and advertiser disclosures on review and shopping pages.
  /\bmay (?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commissions?)\b|\b(?:advertiser|affiliate) disclosure\b/i,
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

/** Whether a short block's text (from `shortBlockText`) is a notice to the reader. */
export function isReaderNoticeText(text: string): boolean {
  if (text.length > MAX_NOTICE || QUOTES.test(text)) return false;
  const plain = text.replace(CYRILLIC, (c) => LATIN[LOOKALIKE.indexOf(c)] ?? c);
  return NOTICES.some((re) => re.test(plain));
}

/** Whether a block of the parsed article is a notice to the reader rather than article text. */
export function isReaderNotice(el: Element): boolean {
  const text = shortBlockText(el, MAX_NOTICE);
  return text !== null && isReaderNoticeText(text);
}
