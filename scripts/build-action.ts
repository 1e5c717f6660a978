import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * Bundles the GitHub Action into `<outDir>/dist/index.cjs` with what it needs at run time
 * (the HCL parser's WebAssembly beside it), so the action runs from a checkout of this
 * repository with no install step. Returns the files written, relative to `outDir`.
 */
export async function buildAction(root: string, outDir: string): Promise<string[]> {
  mkdirSync(path.join(outDir, "dist"), { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "src", "action", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: path.join(outDir, "dist", "index.cjs"),
    define: { "import.meta.url": "importMetaUrl" },
    inject: [path.join(root, "scripts", "import-meta-url.mjs")],
    legalComments: "none",
    metafile: true,
    // wasm_exec.js requires "performance" only where globalThis.performance is missing (not on Node 20+).
    external: ["performance"],
    // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its "module" build bundles.
    mainFields: ["module", "main"],
    logLevel: "error",
  });
  // The parser reads its WebAssembly from `<bundle dir>/../main.wasm.gz`.
  const require = createRequire(path.join(root, "package.json"));
  const hcl2json = path.dirname(require.resolve("@cdktf/hcl2json/package.json"));
  copyFileSync(path.join(hcl2json, "main.wasm.gz"), path.join(outDir, "main.wasm.gz"));

  const packages = new Map<string, string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m === null) continue;
    const pkg = JSON.parse(readFileSync(path.join(root, "node_modules", m[1]!, "package.json"), "utf8")) as { version: string; license?: string };
    packages.set(m[1]!, `${m[1]}@${pkg.version} (${pkg.license ?? "see package"})`);
  }
  packages.set("@cdktf/hcl2json", packages.get("@cdktf/hcl2json") ?? "@cdktf/hcl2json");
  const notices = [
    "# Third-party code in this bundle",
    "",
    "dist/index.cjs bundles these npm packages; main.wasm.gz is the WebAssembly of @cdktf/hcl2json. Their licenses are in their npm packages.",
    "",
    ...[...packages.values()].sort().map((p) => `- ${p}`),
    "",
  ].join("\n");
  writeFileSync(path.join(outDir, "THIRD_PARTY_NOTICES.md"), notices);
  return ["dist/index.cjs", "main.wasm.gz", "THIRD_PARTY_NOTICES.md"];
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  await buildAction(root, path.join(root, "action"));
}
