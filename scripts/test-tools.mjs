// Installs the tools the test suite runs as real programs (test/tools/package.json, pinned by
// its lockfile) when they are missing; `npm test` calls it before the tests.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "test", "tools");
const lock = JSON.parse(readFileSync(path.join(dir, "package-lock.json"), "utf8"));
const installed = path.join(dir, "node_modules", ".package-lock.json");
const current = existsSync(installed) && JSON.stringify(JSON.parse(readFileSync(installed, "utf8")).packages) === JSON.stringify(
  Object.fromEntries(Object.entries(lock.packages).filter(([k, v]) => k !== "" && !(v.optional && !existsSync(path.join(dir, k))))),
);
if (!current) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--prefix", dir, "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
// npm may hold back the package's postinstall (chmod u+x): make sure the binary runs.
const binary = createRequire(path.join(dir, "package.json"))("@microsoft/sarif-multitool");
if (existsSync(binary)) chmodSync(binary, 0o755);
