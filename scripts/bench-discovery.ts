import { readdirSync } from "node:fs";
import path from "node:path";
import { collectInputs, holdsJob, isCandidateName, isJobspecName } from "../src/run/discovery.js";

/**
 * What finding the jobspecs of a tree costs, measured in this process: the whole search (a
 * walk that checks the content of every *.hcl, *.job and template file) and the content checks
 * alone, each the median of `runs` passes. Run by `npm run bench` beside the linter's runs.
 */
export interface DiscoveryCost {
  readonly found: number;
  /** Files whose content was checked: neither a jobspec by name nor left out by it. */
  readonly checked: number;
  readonly searchMs: number;
  readonly checksMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function candidates(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") out.push(...candidates(full));
    else if (entry.isFile() && !isJobspecName(entry.name) && isCandidateName(entry.name)) out.push(full);
  }
  return out;
}

export function discoveryCost(dir: string, runs = 5): DiscoveryCost {
  const options = { cwd: dir, config: { includes: () => false, ignoredBy: () => undefined }, ignorePatterns: [], gitignore: true, skipNonJobspecs: false };
  const search: number[] = [];
  const checks: number[] = [];
  let found = 0;
  const toCheck = candidates(dir);
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    found = collectInputs([dir], options).files.length;
    search.push(performance.now() - t);
    t = performance.now();
    for (const f of toCheck) holdsJob(f);
    checks.push(performance.now() - t);
  }
  return { found, checked: toCheck.length, searchMs: median(search), checksMs: median(checks) };
}
