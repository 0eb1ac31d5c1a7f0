import cues from '../../assets/lexicon-cues.json';
import speakers from '../../assets/lexicon-speakers.json';
import sourcing from '../../assets/lexicon-sourcing.json';
import terms from '../../assets/lexicon-terms.json';
import { LexiconSchema, type Lexicon } from './lexicon-schema';

/** The bundled lexicon, validated once at load so bad data fails loudly in tests, not silently on a page. */
export const lexicon: Lexicon = LexiconSchema.parse({
  terms: terms.terms,
  cues: cues.cues,
  sourcing: sourcing.sourcing,
  passiveParticiples: sourcing.passiveParticiples,
  passiveWhy: sourcing.passiveWhy,
  speakerWords: speakers.speakerWords,
});
