import { createRequire } from "node:module";
import { isSmallRun } from "../run/run-size.js";
import { startedByLauncher } from "../util/code-cache.js";

/**
 * The `nomad-remote-lint` command, and the script of its worker threads (bundled into
 * dist/cli/main.cjs, started by launch.ts). The HCL parser (Go compiled to WebAssembly) takes
 * a few hundred milliseconds to decompress, compile and start; when the run will parse
 * files, that starts first, so it overlaps with loading the rest of the linter. With --cache,
 * most runs parse nothing, so the parser starts only when a file misses the cache.
 */
const INFO_ONLY = new Set(["-h", "--help", "-v", "--version", "--list-rules", "--explain", "--print-config"]);

async function command(): Promise<void> {
  const args = process.argv.slice(2);
  const names = args.map((a) => a.split("=")[0]!);
  if (!names.some((n) => INFO_ONLY.has(n))) {
    const hcl = await import("../parse/hcl-wasm.js");
    // A small run (pre-commit's few files) is over before the optimizing compiler would pay off.
    hcl.beforeParserCompile(() => {
      if (isSmallRun(args)) hcl.keepParserOnBaselineTier();
    });
    if (!names.includes("--cache")) void hcl.startHclParser().catch(() => undefined);
  }
  const [{ main }, { setWorkerScript }] = await Promise.all([import("./main.js"), import("../run/pool.js")]);
  setWorkerScript(new URL(import.meta.url));
  const [code, { exitWhenFlushed }] = await Promise.all([main(), import("../util/exit.js")]);
  await exitWhenFlushed(code);
}

// Started by the launcher, this is the main thread; node:worker_threads (a few milliseconds to
// load) is asked only otherwise: worker threads run this bundle directly.
const isMainThread = startedByLauncher() || (createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads")).isMainThread;
if (isMainThread) void command();
else void import("../run/worker.js");
