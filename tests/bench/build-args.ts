/**
 * The arguments of the build-against-build benches (ab-real-pages.ts, ab-steady.ts): two or more
 * build folders, then an optional number of rounds; flags (`--…`) are read by each bench itself.
 */
export function buildArgs(
  argv: readonly string[],
  usage: string,
  defaultRounds: number,
): { dirs: string[]; rounds: number } {
  const dirs = argv.filter((arg) => !arg.startsWith('--'));
  const roundsArg = /^\d+$/.test(dirs.at(-1) ?? '') ? dirs.pop() : undefined;
  if (dirs.length < 2) throw new Error(`usage: ${usage}`);
  return { dirs, rounds: Number(roundsArg ?? defaultRounds) };
}

/** A, B, C… for the builds given, in order. */
export const buildLabel = (index: number): string => String.fromCharCode(65 + index);
