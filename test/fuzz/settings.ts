// Runs and seed for the fuzz suites: FUZZ_RUNS scales every suite (default: a short run that
// keeps `npm test` quick), FUZZ_SEED replays a run; fast-check prints the seed of any failure.
const runs = Number(process.env.FUZZ_RUNS);
const seed = Number(process.env.FUZZ_SEED);

/** Number of runs for a suite whose short default is `short`. */
export const fuzzRuns = (short: number): number => (Number.isInteger(runs) && runs > 0 ? runs : short);

/** fast-check options: the seed when one is given, else fast-check draws and prints one. */
export const fuzzOptions = (short: number): { numRuns: number; seed?: number } =>
  Number.isInteger(seed) ? { numRuns: fuzzRuns(short), seed } : { numRuns: fuzzRuns(short) };
