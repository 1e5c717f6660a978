import { readdirSync, statSync } from "node:fs";
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
