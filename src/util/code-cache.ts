import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";

/**
 * Running the command's CommonJS bundle (dist/cli/main.cjs) from V8's code cache: the
 * bytecode of the bundle's functions as a run left them, written beside the bundle when it
 * is built (scripts/bundle-cli.ts). Starting from it spares compiling the bundle and its
 * functions as they are first called, most of the time a short run spends in the linter's own
 * code (`npm run bench`: the one-jobspec set and the warm cache). V8 checks that the cache fits the source, its own version and its flags; a
 * cache that does not is rejected, and the bundle is compiled as it would be without one.
 */

/** What became of the code cache in this process, for --debug. */
export type CodeCacheState = "used" | "rejected" | "none";

const STATE = Symbol.for("nomad-remote-lint.code-cache");

/** The code cache file of a bundle. */
export const codeCacheFile = (bundle: string): string => `${bundle}.cache`;

/** The state the launcher recorded; "none" when the bundle was not started by it. */
export function codeCacheState(): CodeCacheState {
  return ((globalThis as Record<symbol, unknown>)[STATE] as CodeCacheState | undefined) ?? "none";
}

/** Whether the launcher started this thread's bundle: it runs only as the command, on the main thread. */
export function startedByLauncher(): boolean {
  return STATE in globalThis;
}

/** A CommonJS bundle compiled in this context, ready to run once. */
export interface CompiledBundle {
  readonly script: Script;
  /** Runs the bundle as Node runs a CommonJS module. */
  run(): void;
}

/** Compiles a CommonJS bundle, from `cachedData` when V8 accepts it. */
export function compileBundle(bundle: string, cachedData: Buffer | undefined): CompiledBundle {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, "utf8")}\n})`;
  const script = new Script(source, { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  const state: CodeCacheState = cachedData === undefined ? "none" : script.cachedDataRejected === true ? "rejected" : "used";
  return {
    script,
    run() {
      (globalThis as Record<symbol, unknown>)[STATE] = state;
      const body = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
      const module = { exports: {} };
      body.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
    },
  };
}

/** Reads a bundle's code cache; none when there is no readable one. */
export function readCodeCache(bundle: string): Buffer | undefined {
  try {
    return readFileSync(codeCacheFile(bundle));
  } catch {
    return undefined;
  }
}
