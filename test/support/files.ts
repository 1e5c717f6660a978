import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Files below `dir` (recursively, sorted) whose path passes `keep`. */
export function listFiles(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return listFiles(full, keep);
      return keep(full) ? [full] : [];
    });
}

/** Writes `data` to `rel` below `root`, making the directories on the way; returns the path. */
export function writeBelow(root: string, rel: string, data: string | Buffer): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}
