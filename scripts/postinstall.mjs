// Builds the CLI (dist/, and its bundle dist/cli/) after `npm install` / `npm ci` in a checkout (src/ present, TypeScript
// installed). An installed package ships dist/ and has no src/, so this does nothing there.
// A postinstall rather than a prepare script: `npm pack` then prints only the tarball name,
// which pre-commit's node hooks rely on.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
if (existsSync(path.join(root, "src", "index.ts")) && existsSync(tsc)) {
  const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const bundle = spawnSync(process.execPath, [path.join(root, "dist", "scripts", "bundle-cli.js")], { stdio: ["ignore", "inherit", "inherit"] });
  process.exit(bundle.status ?? 1);
}
