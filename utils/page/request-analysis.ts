import { AnalysisReplySchema, type AnalysisReply } from '../messaging/analysis-reply';
import { sendToExtension } from '../messaging/transport';

/**
 * Runs the claim engine in the background (service worker or event page): the page's main thread
 * only sends the text and gets the findings back, and the engine stays out of the content script.
 */
export async function requestAnalysis(text: string, url: string): Promise<AnalysisReply> {
  const reply = await sendToExtension({ type: 'analyzeText', text, url });
  const parsed = AnalysisReplySchema.safeParse(reply);
  if (!parsed.success) throw new Error('The analysis did not come back from the extension.');
  return parsed.data;
}
