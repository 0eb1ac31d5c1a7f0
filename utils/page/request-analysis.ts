import { sendToExtension } from '../messaging/transport';
import { parseAnalysisReply, type CheckedReply } from './parse-analysis-reply';

/**
 * Runs the claim engine in the background (service worker or event page): the page's main thread
 * only sends the text and gets the findings back, and the engine stays out of the content script.
 */
export async function requestAnalysis(text: string, url: string): Promise<CheckedReply> {
  return parseAnalysisReply(await sendToExtension({ type: 'analyzeText', text, url }));
}

/**
 * Wakes the background as soon as the page may hold an article, so that starting the worker and
 * reading the settings overlap with finding the article (the round trip was most of a short page's time).
 */
export function warmUpAnalysis(url: string): void {
  void sendToExtension({ type: 'warmUp', url });
}
