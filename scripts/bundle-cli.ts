import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the command (src/bin.ts and everything it loads) into dist/cli/nomad-remote-lint.mjs:
 * one file loads in about half the time of the ~80 modules of dist/src, which is most of the
 * start-up a one-file run (pre-commit's) pays besides the parser. The parser's WebAssembly
 * stays in node_modules/@cdktf/hcl2json.
 */
export async function bundleCli(root: string): Promise<string> {
  const outdir = path.join(root, "dist", "cli");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "src", "bin.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outdir,
    entryNames: "nomad-remote-lint",
    outExtension: { ".js": ".mjs" },
    // What only some runs need (ajv, for users' driver config schemas) is a chunk of its own.
    splitting: true,
    chunkNames: "chunk-[hash]",
    minifyWhitespace: true,
    minifySyntax: true,
    // CommonJS dependencies call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __nrlCreateRequire } from "node:module";\nconst require = __nrlCreateRequire(import.meta.url);' },
    legalComments: "none",
    // wasm_exec.js requires "performance" only where globalThis.performance is missing (not on Node 20+).
    external: ["performance"],
    // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build bundles.
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  return path.join(outdir, "nomad-remote-lint.mjs");
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleCli(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", ".."));
}
