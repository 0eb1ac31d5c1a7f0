import syriaChemicalWeapons from '../../assets/packs/syria-chemical-weapons.json';
import mh17 from '../../assets/packs/mh17.json';
import novichok from '../../assets/packs/novichok.json';
import ukraineWarClaims from '../../assets/packs/ukraine-war-claims.json';

/** Packs shipped with the extension, validated when seeded (kept as unknown until then). */
export const BUNDLED_PACKS: readonly unknown[] = [
  syriaChemicalWeapons,
  mh17,
  novichok,
  ukraineWarClaims,
];
