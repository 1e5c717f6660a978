import { readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { SKIPPED_DIRS, isJobspecName } from "./discovery.js";
import { statIfAny } from "../util/fs.js";

/**
 * Input, in bytes, below which a run keeps the parser on baseline code (see
 * keepParserOnBaselineTier): a single-threaded run gains from the optimizing tier only past
 * two to three megabytes of jobspecs (`npm run bench`, the corpus and generated sets).
 */
export const SMALL_RUN_BYTES = 2 * 1024 * 1024;

/** Directory entries looked at before a run is taken to be large without counting further. */
const MAX_ENTRIES = 20_000;

/**
 * Whether the jobspecs the arguments name come to less than `limit` bytes, found the way the
 * run finds them (named files, jobspec names in directories, the working directory when no
 * path is given), counting no further than needed. Standard input counts as small; an option
 * value that names a file only adds its size. This decides how the parser is compiled, never
 * what a run reports, so it need not follow every option.
 */
export function isSmallRun(args: readonly string[], limit = SMALL_RUN_BYTES): boolean {
  let bytes = 0;
  let entries = 0;
  let named = args.includes("-");
  const dirs: string[] = [];
  for (const arg of args) {
    const st = arg.startsWith("-") ? undefined : statIfAny(arg);
    if (st?.isDirectory()) dirs.push(arg);
    else if (st?.isFile()) bytes += st.size;
    named ||= st !== undefined;
  }
  if (!named) dirs.push(".");
  while (bytes < limit && dirs.length > 0) {
    const dir = dirs.pop()!;
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of names) {
      if (++entries > MAX_ENTRIES) return false;
      // Links are not followed here: a link to a directory cannot make the count loop.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) dirs.push(path.join(dir, entry.name));
      } else if (entry.isFile() && isJobspecName(entry.name)) bytes += statIfAny(path.join(dir, entry.name))?.size ?? 0;
    }
  }
  return bytes < limit;
}

/**
 * How many files a run lints at once for a --concurrency setting (a whole number, `auto` for
 * the available cores, or `off`): the calling thread plus worker threads. A worker costs a
 * parser start, so `auto` uses one thread for a handful of files.
 */
/**
 * The most worker threads a run starts: twice the cores, at most 64. Each holds the parser
 * and its heap (tens of megabytes); more threads than cores only cost memory.
 */
export function maxThreads(): number {
  return Math.min(64, 2 * availableParallelism());
}

export function laneCount(setting: string, files: number): number {
  if (setting === "off") return 1;
  const n = setting === "auto" ? availableParallelism() : Math.min(Number(setting), maxThreads());
  if (setting === "auto" && files < 4 * n) return 1;
  return Math.max(1, Math.min(n, files));
}
