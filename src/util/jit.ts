import { createRequire } from "node:module";

/**
 * Sets V8 flags. node:v8 is loaded on the first call: loading it costs a few milliseconds at
 * every start (Node's heap snapshot and serializer modules come with it), and a run that takes
 * every result from the cache sets none.
 */
export function setV8Flags(flags: string): void {
  (createRequire(import.meta.url)("node:v8") as typeof import("node:v8")).setFlagsFromString(flags);
}

/**
 * Raises the amount of work a JavaScript function does before V8's optimizing compiler takes
 * it (the interrupt budget, in bytes of bytecode run) to 528 KB: 8 times the default of
 * Node 20's V8 (later versions default to 132 KB). The optimizing compiler runs on background
 * threads: with the default it compiles several times as many of the linter's functions. A
 * single linting thread leaves that to the idle core; threads on every core would lose it
 * from their own time (`npm run bench` shows `--concurrency auto` against the parser alone
 * run the same way). It is the same for all the process's threads and
 * counts for functions from when they next start counting, so it is set before the workers
 * start and the rules first run, and only when every core lints.
 */
export function optimizeOnlyHotCode(): void {
  setV8Flags("--interrupt-budget=540672");
}
