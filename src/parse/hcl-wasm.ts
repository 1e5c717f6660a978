import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { setV8Flags } from "../util/jit.js";

/**
 * The HCL parser of @cdktf/hcl2json (HCL's Go implementation compiled to WebAssembly),
 * started here rather than through the package's `parse`:
 *
 * - the WebAssembly is read as the command's build left it, uncompressed, beside the bundle
 *   (or else decompressed from the package on zlib's thread pool) and compiled off the main
 *   thread (V8's compiler threads), while the rest of the linter loads;
 * - the compiled module is handed to worker threads, which then only instantiate it;
 * - the Go function answers synchronously, so a parse is a plain call.
 *
 * The Go program registers its functions on `globalThis.__parse_terraform_config_wasm__`
 * when it starts; `wasm/bridge_wasm_exec.js` defines the `Go` runtime class. Both are fixed
 * by the package version the lockfile pins, and test/parser.test.ts holds this start-up to
 * the package's own `parse` on every corpus file.
 */

/**
 * The parser's entry: HCL source to hcl2json's JSON text, or the error text of its
 * diagnostics, or (`crashed`) why the parser itself failed on the text.
 */
export type HclParseFunction = (fileName: string, text: string) => { ok: true; json: string } | { ok: false; message: string; crashed?: true };

interface GoRuntime {
  importObject: WebAssembly.Imports;
  run(instance: WebAssembly.Instance): Promise<void>;
}

type GoCallback = (error: string | null, result?: string) => void;
type GoParse = (fileName: string, text: string, done: GoCallback) => unknown;

const ROOT_GLOBAL = "__parse_terraform_config_wasm__";

let compiled: Promise<WebAssembly.Module> | undefined;
let started: Promise<HclParseFunction> | undefined;

/** Where the package's files are: beside its package.json, or beside a bundle that carries main.wasm.gz. */
function packageDir(): string | undefined {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("@cdktf/hcl2json/package.json"));
  } catch {
    return undefined;
  }
}

function wasmFile(): string {
  const dir = packageDir();
  // A bundle (the GitHub Action) carries the file one directory above its script.
  return dir === undefined ? fileURLToPath(new URL("../main.wasm.gz", import.meta.url)) : path.join(dir, "main.wasm.gz");
}

/**
 * The parser's WebAssembly, uncompressed, as scripts/bundle-cli.ts writes it beside the
 * command's bundle: reading it takes a few milliseconds, decompressing the package's copy
 * (1.7 MB to 6.5 MB) about 50-70 ms, which every run waits for before its first parse.
 */
const UNCOMPRESSED = "hcl2json.wasm";

/** The uncompressed WebAssembly beside this script, when it is there (the command's bundle). */
function uncompressedWasm(): Buffer<ArrayBuffer> | undefined {
  try {
    return readFileSync(new URL(`./${UNCOMPRESSED}`, import.meta.url));
  } catch {
    return undefined;
  }
}

let keptOnBaseline = false;
let everyCoreLints = false;

/**
 * Keeps the parser on V8's baseline code: its functions are compiled as they are first run,
 * and only the few hottest are compiled again by the optimizing compiler. That second compile
 * runs on background threads and pays off only after a few megabytes of input (see
 * run-size.ts); before that it takes a core from the run, and the process waits for it before
 * it can exit (`npm run bench`: the one-jobspec set, against the bare parse loop). Takes
 * effect for modules compiled after the call.
 */
export function keepParserOnBaselineTier(): void {
  // The tiering budget is roughly the bytes of code a function runs before it is optimized.
  setV8Flags("--wasm-tiering-budget=2000000000");
  keptOnBaseline = true;
  if (everyCoreLints) baselineOnly();
}

/**
 * Says that a thread lints on every core. A parser kept on baseline code then stays there
 * entirely: the hottest functions' optimizing compile would run on a core that lints, and
 * with every core linting it costs more than it saves (`npm run bench`, the corpus set:
 * `--concurrency auto` against the parser alone as auto runs it); one thread linting gains
 * from it.
 */
export function parserSharesEveryCore(): void {
  everyCoreLints = true;
  if (keptOnBaseline) baselineOnly();
}

function baselineOnly(): void {
  setV8Flags("--liftoff-only");
}

let beforeCompile: (() => void) | undefined;

/**
 * Runs `prepare` once, just before this thread compiles the parser (a run that takes every
 * result from the cache never does): the place to choose how it is compiled.
 */
export function beforeParserCompile(prepare: () => void): void {
  beforeCompile = prepare;
}

/** The compiled parser module; compiled once per process, started at the first call. */
export function compileHclModule(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const prepare = beforeCompile;
    beforeCompile = undefined;
    prepare?.();
    // Read at once: an asynchronous read waits for the main thread between its chunks, which
    // is busy loading the linter, and would start the compile later.
    const bytes = uncompressedWasm() ?? (await decompress(readFileSync(wasmFile())));
    return WebAssembly.compile(bytes);
  })();
  return compiled;
}

async function decompress(compressed: Buffer): Promise<Buffer<ArrayBuffer>> {
  // Loaded here, when it is needed: the command's bundle and a run that takes every result
  // from the cache never need it.
  const { gunzip } = createRequire(import.meta.url)("node:zlib") as typeof import("node:zlib");
  // One output chunk: the default (16 KiB) costs hundreds of round trips to the main thread.
  // zlib's output is a buffer of its own, never shared memory.
  return (await promisify(gunzip)(compressed, { chunkSize: 1 << 23 })) as Buffer<ArrayBuffer>;
}

/** Uses a module compiled elsewhere (a worker thread receives the main thread's). */
export function useHclModule(module: Promise<WebAssembly.Module>): void {
  compiled ??= module;
}

/** The parser of this thread: instantiated once, on first use. */
export function startHclParser(): Promise<HclParseFunction> {
  started ??= (async () => {
    const module = await compileHclModule();
    await import("@cdktf/hcl2json/wasm/bridge_wasm_exec.js");
    const Go = (globalThis as unknown as { Go: new () => GoRuntime }).Go;
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    const root: Record<string, unknown> = {};
    (globalThis as Record<string, unknown>)[ROOT_GLOBAL] = root;
    // The Go program registers its functions and then waits for calls; its promise never settles.
    void go.run(instance);
    const goParse = root["parse"];
    if (typeof goParse !== "function") throw new Error("the HCL parser did not start: @cdktf/hcl2json registered no parse function");
    return (fileName, text) => {
      let outcome: { ok: true; json: string } | { ok: false; message: string } | undefined;
      try {
        (goParse as GoParse)(fileName, text, (error, result) => {
          outcome = error ? { ok: false, message: String(error) } : { ok: true, json: result ?? "null" };
        });
      } catch (error) {
        // The Go runtime does not survive an exception inside it: the next parse starts a new instance.
        started = undefined;
        return { ok: false, message: error instanceof Error ? error.message : String(error), crashed: true };
      }
      if (outcome === undefined) throw new Error("the HCL parser did not answer synchronously");
      return outcome;
    };
  })();
  return started;
}
