import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintAll, setWorkerScript, type WorkItem } from "../src/run/pool.js";
import { testContext } from "./support/lint.js";
import { fixturesDir, repoRoot } from "./support/paths.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-pool-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const context = () => testContext(repoRoot);

/** `count` jobs of one example jobspec under distinct names. */
function jobs(count: number) {
  const text = readFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), "utf8");
  const all: WorkItem[] = Array.from({ length: count }, (_v, i) => ({ file: path.join(tmp, `job-${i}.nomad.hcl`), text }));
  let taken = 0;
  return { all, source: { next: () => all[taken++], remaining: () => all.length - taken } };
}

describe("lintAll", () => {
  it("lints every job once, in batches on the calling thread, each result with its own job", async () => {
    const { all, source } = jobs(40);
    const seen: string[] = [];
    const counts = await lintAll(source, 1, context(), (job, doc) => {
      expect(doc.result.filePath).toBe(job.file);
      seen.push(job.file);
    });
    expect(counts).toEqual([40]);
    expect(seen.sort()).toEqual(all.map((j) => j.file).sort());
  });

  it("fails, rather than waits, when a worker thread stops without answering", async () => {
    const script = path.join(tmp, "stops.mjs");
    writeFileSync(script, "process.exit(3);\n");
    setWorkerScript(script);
    const { source } = jobs(40);
    await expect(lintAll(source, 2, context(), () => undefined)).rejects.toThrow(/lint worker thread stopped \(exit code 3\)/);
  }, 20_000);
});
