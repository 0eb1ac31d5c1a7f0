import { AnalysisSchema, type Analysis } from '../analysis/analysis-schema';
import { sendToExtension } from '../messaging/transport';

/**
 * Runs the claim engine in the background (service worker or event page): the page's main thread
 * only sends the text and gets the findings back, and the engine stays out of the content script.
 */
export async function requestAnalysis(text: string): Promise<Analysis> {
  const reply = await sendToExtension({ type: 'analyzeText', text });
  const parsed = AnalysisSchema.safeParse(reply);
  if (!parsed.success) throw new Error('The analysis did not come back from the extension.');
  return parsed.data;
}
