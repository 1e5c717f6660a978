/**
 * Cases per property test: `normal` in the normal run, or the count NRL_PROPERTY_RUNS gives
 * for a long run (`NRL_PROPERTY_RUNS=50000 npx vitest run test/robustness.test.ts`). A value
 * that is not a whole number of 1 or more is an error: a count of NaN or 0 would run no case
 * and pass.
 */
export function propertyRuns(normal: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env["NRL_PROPERTY_RUNS"];
  if (raw === undefined || raw.trim() === "") return normal;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`NRL_PROPERTY_RUNS must be a whole number of 1 or more, not ${JSON.stringify(raw)}`);
  return n;
}

/** The suite's time limit for one test (vitest.config.ts takes it from here). */
export const TEST_TIMEOUT_MS = 60_000;

/**
 * A time limit for `cases` cases of about `msPerCase` each (as measured here), with room for
 * a machine five times slower; never less than the suite's limit. A long run's tests take
 * longer than the normal limit, and would otherwise fail on time, not on a case.
 */
export function timeFor(cases: number, msPerCase: number): number {
  return Math.max(TEST_TIMEOUT_MS, Math.ceil(cases * msPerCase * 5));
}
