import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The directory that holds `schemas/`: the package root when run from source or from
 * `dist/`, or the bundle directory of the GitHub Action.
 */
export function assetsRoot(): string {
  if (root !== undefined) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "schemas", "driver.schema.json"))) return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the schemas/ directory of nomad-remote-lint");
    dir = parent;
  }
}

export function assetPath(...segments: string[]): string {
  return path.join(assetsRoot(), ...segments);
}
