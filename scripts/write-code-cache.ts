import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { codeCacheFile, compileBundle } from "../src/util/code-cache.js";

/**
 * `node write-code-cache.js <bundle> [arguments...]`: runs the bundled command with the
 * arguments and, as the process exits, writes V8's code cache of the bundle beside it (see
 * src/util/code-cache.ts). V8 accepts a cache only in a process whose flags are those it was
 * written with, and a run changes some (src/util/jit.ts, src/parse/hcl-wasm.ts) to choose how
 * code is compiled: here they stay at their defaults, those of a process that starts.
 */
const [bundle, ...args] = process.argv.slice(2);
if (bundle === undefined) throw new Error("usage: write-code-cache.js <bundle> [arguments...]");
const v8 = createRequire(import.meta.url)("node:v8") as { setFlagsFromString(flags: string): void };
v8.setFlagsFromString = () => undefined;
const compiled = compileBundle(bundle, undefined);
process.argv = [process.argv[0]!, bundle, ...args];
process.on("exit", () => writeFileSync(codeCacheFile(bundle), compiled.script.createCachedData()));
compiled.run();
