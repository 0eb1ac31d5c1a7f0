import weights from '../../assets/term-model.json';
import type { TermSuggester } from '../analysis/find-terms';
import { TermModel, TermModelAssetSchema } from './term-model';

let model: TermModel | null = null;

const termModel = (): TermModel => (model ??= new TermModel(TermModelAssetSchema.parse(weights)));

/** Checks and builds the model now (the first page of a worker's life would otherwise wait for it). */
export function warmUpTermModel(): void {
  termModel();
}

/**
 * The bundled model as a term suggester: checked and built on first use, in the background only
 * (the content script never imports this file, so the weights stay out of every page).
 */
export const suggestPossibleTerms: TermSuggester = (tk, taken) => {
  return termModel().flags(tk, taken);
};
