import syriaChemicalWeapons from '../../assets/packs/syria-chemical-weapons.json';
import mh17 from '../../assets/packs/mh17.json';

/** Packs shipped with the extension, validated when seeded (kept as unknown until then). */
export const BUNDLED_PACKS: readonly unknown[] = [syriaChemicalWeapons, mh17];
