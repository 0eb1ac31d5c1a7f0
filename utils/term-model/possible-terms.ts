import weights from '../../assets/term-model.json';
import type { TermSuggester } from '../analysis/find-terms';
import { TermModel, TermModelAssetSchema } from './term-model';

let model: TermModel | null = null;

/**
 * The bundled model as a term suggester: checked and built on first use, in the background only
 * (the content script never imports this file, so the weights stay out of every page).
 */
export const suggestPossibleTerms: TermSuggester = (tk, taken) => {
  model ??= new TermModel(TermModelAssetSchema.parse(weights));
  return model.flags(tk, taken);
};
