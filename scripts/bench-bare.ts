import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { keepParserOnBaselineTier, parserSharesEveryCore, startHclParser, useHclModule } from "../src/parse/hcl-wasm.js";
import { isSmallRun, laneCount } from "../src/run/run-size.js";

/**
 * The floor a user could write by hand: read each file and parse it with hcl2json's `parse`,
 * one after the other, ignoring syntax errors. Reads the file list from the file named by
 * argv[2]. With `--threads n`, n worker threads each take every n-th file: the same loop run
 * in parallel, as a user would write it.
 *
 * With `--shared <n|auto>`, the parser is run the way `--concurrency` with that value runs it,
 * with nothing of the linter around it: on as many threads (see laneCount), compiled once,
 * by the main thread, from the uncompressed WebAssembly of the command's build, on the same
 * code tiers (see run-size.ts and parse/hcl-wasm.ts); each thread parses its share of the
 * files and reads their JSON. The floor under a parallel run of the linter on this machine.
 */
interface SharedShare {
  readonly files: readonly string[];
  readonly module: WebAssembly.Module;
}

async function parseAll(files: readonly string[]): Promise<number> {
  const { parse } = (await import("@cdktf/hcl2json")).default;
  let failed = 0;
  for (const file of files) {
    try {
      await parse("bench.hcl", readFileSync(file, "utf8"));
    } catch {
      failed++;
    }
  }
  return failed;
}

async function parseShared({ files, module }: SharedShare): Promise<number> {
  useHclModule(Promise.resolve(module));
  const parse = await startHclParser();
  let failed = 0;
  for (const file of files) {
    const answer = parse("bench.hcl", readFileSync(file, "utf8"));
    if (answer.ok) JSON.parse(answer.json);
    else failed++;
  }
  return failed;
}

/** Every n-th file from the t-th, for n threads. */
const shareOf = (list: readonly string[], t: number, n: number) => list.filter((_f, k) => k % n === t);

function inWorker<T>(data: T): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL(import.meta.url), { workerData: data });
    w.once("message", resolve);
    w.once("error", reject);
  });
}

async function sharedRun(list: readonly string[], setting: string): Promise<number> {
  const threads = laneCount(setting, list.length);
  if (isSmallRun(list)) keepParserOnBaselineTier();
  if (threads > 1 && threads >= availableParallelism()) parserSharesEveryCore();
  const module = await WebAssembly.compile(readFileSync(new URL("../cli/hcl2json.wasm", import.meta.url)));
  const counts = await Promise.all([
    parseShared({ files: shareOf(list, 0, threads), module }),
    ...Array.from({ length: threads - 1 }, (_v, t) => inWorker<SharedShare>({ files: shareOf(list, t + 1, threads), module })),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

if (isMainThread) {
  const list = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean);
  const option = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const threads = Number(option("--threads") ?? 1);
  const shared = option("--shared");
  let failed = 0;
  if (shared !== undefined) failed = await sharedRun(list, shared);
  else if (threads <= 1) failed = await parseAll(list);
  else failed = (await Promise.all(Array.from({ length: threads }, (_v, t) => inWorker(shareOf(list, t, threads))))).reduce((a, b) => a + b, 0);
  process.stdout.write(`${list.length} files, ${failed} with syntax errors\n`);
  // hcl2json's Go program keeps waiting for calls; the loop is done.
  process.exit(0);
} else {
  const { parentPort } = await import("node:worker_threads");
  const data = workerData as string[] | SharedShare;
  parentPort!.postMessage(Array.isArray(data) ? await parseAll(data) : await parseShared(data));
}
