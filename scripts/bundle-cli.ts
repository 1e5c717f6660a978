import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { build, type BuildOptions, type Plugin } from "esbuild";

/**
 * commander requires node:child_process, for subcommands that are programs of their own (this
 * command has none); loading it loads Node's network and stream modules too. In the bundle,
 * commander gets an object that loads node:child_process when it is first used.
 */
const childProcessWhenUsed: Plugin = {
  name: "child-process-when-used",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "when-used" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "when-used" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

/**
 * Bundles the command into dist/cli: main.cjs (src/bin.ts and everything it loads, one
 * CommonJS file, which Node loads sooner than the ~80 modules of dist/src or ES module
 * chunks), the launcher nomad-remote-lint.cjs (src/launch.ts), and main.cjs.cache, V8's code
 * cache of main.cjs after a run over fixtures/examples (see src/util/code-cache.ts), and
 * hcl2json.wasm, the parser's WebAssembly from @cdktf/hcl2json uncompressed (the bundle reads
 * it instead of decompressing the package's main.wasm.gz at every start; see
 * src/parse/hcl-wasm.ts).
 */
export async function bundleCli(root: string): Promise<string> {
  const outdir = path.join(root, "dist", "cli");
  rmSync(outdir, { recursive: true, force: true });
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    define: { "import.meta.url": "importMetaUrl" },
    inject: [path.join(root, "scripts", "import-meta-url.mjs")],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    logLevel: "error",
  };
  await build({
    ...common,
    entryPoints: [path.join(root, "src", "cli", "bin.ts")],
    outfile: path.join(outdir, "main.cjs"),
    // wasm_exec.js requires "performance" only where globalThis.performance is missing (not on Node 20+).
    external: ["performance"],
    // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build bundles.
    mainFields: ["module", "main"],
    plugins: [childProcessWhenUsed],
  });
  const hcl2json = path.dirname(createRequire(path.join(root, "package.json")).resolve("@cdktf/hcl2json/package.json"));
  writeFileSync(path.join(outdir, "hcl2json.wasm"), gunzipSync(readFileSync(path.join(hcl2json, "main.wasm.gz"))));
  const launcher = path.join(outdir, "nomad-remote-lint.cjs");
  await build({ ...common, entryPoints: [path.join(root, "src", "cli", "launch.ts")], outfile: launcher });
  writeCodeCache(root, path.join(outdir, "main.cjs"));
  return launcher;
}

/** Writes the bundle's code cache from a run over fixtures/examples in a process of its own. */
function writeCodeCache(root: string, bundle: string): void {
  const scratch = mkdtempSync(path.join(tmpdir(), "nrl-code-cache-"));
  try {
    const args = ["--cache", "--cache-location", path.join(scratch, "cache"), "--concurrency", "off"];
    const reports = ["-f", "stylish", "-o", path.join(scratch, "report.txt"), "-f", "json", "-o", path.join(scratch, "report.json")];
    const trainer = path.join(root, "dist", "scripts", "write-code-cache.js");
    const r = spawnSync(process.execPath, [trainer, bundle, ...args, ...reports, path.join(root, "fixtures", "examples")], { cwd: root, encoding: "utf8" });
    // Without the cache the command still runs, compiling as it starts.
    if (r.status !== 0 && r.status !== 1) process.stderr.write(`warning: the code cache of ${bundle} was not written (status ${r.status}): ${r.stderr}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", ".."));
}
