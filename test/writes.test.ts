import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempPathFor, writeFileAtomic } from "../src/util/atomic-write.js";
import { runCli } from "./support/cli.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-writes-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A jobspec of `n` remote tasks, each with a resources block that --fix rewrites (and grows). */
function manyTasks(n: number): string {
  const tasks = Array.from({ length: n }, (_, i) => `    task "t${i}" {\n      driver = "ecs"\n      resources {\n        cpu = 500\n      }\n    }\n`).join("");
  return `job "many" {\n  group "g" {\n${tasks}  }\n}\n`;
}

describe("writing a file all or nothing", () => {
  it("never follows a link planted at the temporary file's name, and leaves the target as it was", () => {
    const dir = path.join(tmp, "planted");
    mkdirSync(dir);
    const file = path.join(dir, "report.json");
    const victim = path.join(dir, "victim.txt");
    writeFileSync(file, "old report");
    writeFileSync(victim, "precious");
    symlinkSync(victim, tempPathFor(file, "feed"));
    expect(() => writeFileAtomic(file, ["new report"], "utf8", { token: "feed" })).toThrow(/EEXIST/);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(readFileSync(file, "utf8")).toBe("old report");
  });

  it("names its temporary file unpredictably, and leaves none after a write", () => {
    expect(tempPathFor("/x/a.json")).not.toBe(tempPathFor("/x/a.json"));
    const dir = path.join(tmp, "clean");
    mkdirSync(dir);
    writeFileAtomic(path.join(dir, "a.json"), ["[", "1", "]"], "utf8");
    expect(readdirSync(dir)).toEqual(["a.json"]);
    expect(readFileSync(path.join(dir, "a.json"), "utf8")).toBe("[1]");
  });

  it("a run removes the temporary files a killed run left beside the files it writes", () => {
    const dir = path.join(tmp, "leftovers");
    mkdirSync(dir);
    // The pid of a process that has ended: what a run killed with -9 leaves behind.
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout;
    const leftover = path.join(dir, `.report.json.nrl-${gone}-0123abcd.tmp`);
    writeFileSync(leftover, "half a report");
    const r = runCli(["--format", "json", "-o", path.join(dir, "report.json"), "fixtures/examples/ecs-web.nomad.hcl"]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir)).toEqual(["report.json"]);
  });

  it("--fix applies every fix of a file in one run, however many tasks it has", () => {
    const dir = path.join(tmp, "many");
    mkdirSync(dir);
    const file = path.join(dir, "many.nomad.hcl");
    writeFileSync(file, manyTasks(300));
    const r = runCli(["--fix", "--format", "json", file]);
    expect(r.status, r.stderr).toBe(0);
    const [result] = JSON.parse(r.stdout) as { fixed: unknown[]; messages: unknown[] }[];
    expect(result!.fixed.length).toBe(600);
    expect(result!.messages).toEqual([]);
    expect(readFileSync(file, "utf8").match(/cpu {4}= 1\n {8}memory = 10\n/g)?.length).toBe(300);
  });

  it("--fix fixes tasks of the same name in different groups", () => {
    const dir = path.join(tmp, "same-names");
    mkdirSync(dir);
    const file = path.join(dir, "twins.nomad.hcl");
    const task = `    task "web" {\n      driver = "ecs"\n      resources {\n        cpu    = 500\n        memory = 10\n      }\n    }\n`;
    writeFileSync(file, `job "j" {\n  group "a" {\n${task}  }\n  group "b" {\n${task}  }\n}\n`);
    const dry = runCli(["--fix-dry-run", file]);
    expect(dry.stdout.match(/^\+ {8}cpu {4}= 1$/gm)?.length).toBe(2);
    const r = runCli(["--fix", "--format", "json", file]);
    expect(r.status, r.stderr).toBe(0);
    const [result] = JSON.parse(r.stdout) as { fixed: unknown[]; messages: unknown[] }[];
    expect(result!.messages).toEqual([]);
    expect(result!.fixed.length).toBe(2);
  });
});

/**
 * A small tmpfs, filled up: what a full disk does to a write. Mounting needs root (CI runs
 * the suite as root); elsewhere the tests say why they are skipped.
 */
function mountSmallFs(dir: string): string | undefined {
  if (process.platform !== "linux") return "tmpfs mounts are a Linux facility";
  if (process.getuid?.() !== 0) return "mounting a tmpfs needs root";
  mkdirSync(dir, { recursive: true });
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", "size=128k", "tmpfs", dir], { encoding: "utf8" });
  return r.status === 0 ? undefined : `mount -t tmpfs failed: ${r.stderr.trim()}`;
}

const fullDir = path.join(tmpdir(), `nrl-full-disk-${process.pid}`);
const cannotMount = mountSmallFs(fullDir);
afterAll(() => {
  if (cannotMount === undefined) spawnSync("umount", [fullDir]);
  rmSync(fullDir, { recursive: true, force: true });
});

/** Fills the file system of `dir` up to its last `spare` bytes. */
function fillUp(dir: string, spare: number): void {
  const df = spawnSync("df", ["-B1", "--output=avail", dir], { encoding: "utf8" }).stdout.trim().split("\n").pop()!;
  const free = Number(df);
  if (free > spare) writeFileSync(path.join(dir, "filler"), Buffer.alloc(free - spare));
}

describe.skipIf(cannotMount !== undefined)(`on a full file system${cannotMount === undefined ? "" : ` (skipped: ${cannotMount})`}`, () => {
  it("--fix leaves the jobspec whole and ends with status 2 when the fixed text does not fit", () => {
    const dir = path.join(fullDir, "fix");
    mkdirSync(dir);
    const file = path.join(dir, "many.nomad.hcl");
    const original = manyTasks(300);
    writeFileSync(file, original);
    fillUp(fullDir, 8 * 1024);
    const r = runCli(["--fix", "--format", "json", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot fix ${file}: no space left on the device`);
    expect(readFileSync(file, "utf8")).toBe(original);
    expect(readdirSync(dir)).toEqual(["many.nomad.hcl"]);
    rmSync(path.join(fullDir, "filler"));
  });

  it("-o leaves the old report whole and ends with status 2", () => {
    const dir = path.join(fullDir, "report");
    mkdirSync(dir);
    const report = path.join(dir, "report.json");
    writeFileSync(report, "the old report");
    const job = path.join(tmp, "report-input.nomad.hcl");
    writeFileSync(job, manyTasks(200));
    fillUp(fullDir, 4 * 1024);
    const r = runCli(["--format", "json", "-o", report, job]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write ${report}: no space left on the device`);
    expect(readFileSync(report, "utf8")).toBe("the old report");
    expect(readdirSync(dir)).toEqual(["report.json"]);
    rmSync(path.join(fullDir, "filler"));
  });

  it("--cache leaves the old cache whole, still reports, and ends with status 2", () => {
    const cache = path.join(fullDir, "cache");
    const jobs = path.join(tmp, "cache-jobs");
    mkdirSync(jobs);
    writeFileSync(path.join(jobs, "a.nomad.hcl"), manyTasks(2));
    const first = runCli(["--format", "json", "--cache", "--cache-location", cache, jobs]);
    expect(first.status).toBe(0);
    const before = readFileSync(path.join(cache, "results.tsv"));
    for (let i = 0; i < 40; i++) writeFileSync(path.join(jobs, `b${i}.nomad.hcl`), manyTasks(20 + i));
    fillUp(fullDir, 4 * 1024);
    const r = runCli(["--format", "json", "--cache", "--cache-location", cache, jobs]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the cache cannot be written");
    expect(r.stderr).toContain("no space left on the device");
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(41);
    expect(readFileSync(path.join(cache, "results.tsv")).equals(before)).toBe(true);
    expect(readdirSync(cache).sort()).toEqual(["contents.tsv", "results.tsv"].filter((f) => existsSync(path.join(cache, f))));
    rmSync(path.join(fullDir, "filler"));
  });
});
