import { readFileSync } from "node:fs";
import { Worker, isMainThread, workerData } from "node:worker_threads";

/**
 * The floor a user could write by hand: read each file and parse it with hcl2json's `parse`,
 * one after the other, ignoring syntax errors. Reads the file list from the file named by
 * argv[2]. With `--threads n`, n worker threads each take every n-th file: the floor for a
 * parallel run on this machine.
 */
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

if (isMainThread) {
  const list = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean);
  const i = process.argv.indexOf("--threads");
  const threads = i === -1 ? 1 : Number(process.argv[i + 1]);
  let failed = 0;
  if (threads <= 1) failed = await parseAll(list);
  else {
    const shares = Array.from({ length: threads }, (_, t) => list.filter((_f, k) => k % threads === t));
    const counts = await Promise.all(
      shares.map(
        (share) =>
          new Promise<number>((resolve, reject) => {
            const w = new Worker(new URL(import.meta.url), { workerData: share });
            w.once("message", resolve);
            w.once("error", reject);
          }),
      ),
    );
    failed = counts.reduce((a, b) => a + b, 0);
  }
  process.stdout.write(`${list.length} files, ${failed} with syntax errors\n`);
  // hcl2json's Go program keeps waiting for calls; the loop is done.
  process.exit(0);
} else {
  const { parentPort } = await import("node:worker_threads");
  parentPort!.postMessage(await parseAll(workerData as string[]));
}
