import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allRuleMeta } from "../src/index.js";
import { lintWith, testContext } from "./support/lint.js";
import { firstTooDeep } from "../src/parse/nesting.js";
import { SourceText } from "../src/parse/source.js";
import { decodeInput } from "../src/run/read-limits.js";
import type { LintResult } from "../src/results/diagnostic.js";
import { cliPath, runCli } from "./support/cli.js";
import { listFiles, writeBelow } from "./support/files.js";
import { propertyRuns, timeFor } from "./support/property.js";
import { hclDocument } from "./support/hcl-arbitrary.js";
import { expressionJobspec } from "./support/expr-arbitrary.js";
import { fixturesDir } from "./support/paths.js";

/** Cases per property: bounded in the normal run; NRL_PROPERTY_RUNS=50000 (say) for a long run. */
const RUNS = propertyRuns(150);
/** Files of the CLI batch test. */
const BATCH = Math.max(20, Math.floor(RUNS / 5));

const seeds = listFiles(fixturesDir, (f) => /\.nomad(\.hcl)?$/.test(f)).map((f) => readFileSync(f, "utf8"));
const ruleIds = new Set(allRuleMeta().map((m) => m.id));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-robust-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One edit of a text: the kinds of damage editors, merges and truncation do. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ unit: fc.constantFrom("{", "}", "[", "]", "(", ")", '"', "=", "\n", "\r", "#", "//", "/*", "*/", "${", "%{", "<<EOF\n", "EOF", "\\", ",", "é", "🚀", "\u200d", "\t", "x", "1") }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, edits: readonly Mutation[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    if (e.kind === "delete") t = t.slice(0, at) + t.slice(at + e.length);
    else if (e.kind === "duplicate") t = t.slice(0, at + e.length) + t.slice(at, at + e.length) + t.slice(at + e.length);
    else if (e.kind === "insert") t = t.slice(0, at) + e.text + t.slice(at);
    else t = t.slice(0, at);
  }
  return t;
}

/** Jobspec-like inputs of every hostile kind the linter meets. */
const hostileText = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([s, m]) => mutate(s, m)) },
  { weight: 2, arbitrary: hclDocument },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `job "deep" {\n${"a {\n".repeat(n)}${"}\n".repeat(n)}}\n`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 400 }).map((n) => `job "deep" {\n  meta = { a = ${"[".repeat(n)}1${"]".repeat(n)} }\n}\n`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...seeds), fc.integer({ min: 1000, max: 300_000 })).map(([s, n]) => s.replace(/"([^"\n]*)"/, (_m, x: string) => `"${x}${"x".repeat(n)}"`)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString("latin1")) },
);

/** Every finding lies inside the file: lines that exist, columns within the line (or just past it). */
function expectInside(result: LintResult, text: string): void {
  const source = new SourceText(text);
  for (const m of result.messages) {
    expect(ruleIds.has(m.ruleId), m.ruleId).toBe(true);
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(source.lineCount);
    expect(m.endLine).toBeGreaterThanOrEqual(m.line);
    expect(m.endLine).toBeLessThanOrEqual(source.lineCount);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeLessThanOrEqual(source.lineText(m.line).length + 1);
    expect(m.endColumn).toBeLessThanOrEqual(source.lineText(m.endLine).length + 1);
    if (m.endLine === m.line) expect(m.endColumn).toBeGreaterThanOrEqual(m.column);
  }
}

describe("NRL_PROPERTY_RUNS, the cases per property", () => {
  it("is the normal count when unset or empty, the given count otherwise, and an error when not a whole number of 1 or more", () => {
    expect(propertyRuns(150, {})).toBe(150);
    expect(propertyRuns(150, { NRL_PROPERTY_RUNS: " " })).toBe(150);
    expect(propertyRuns(150, { NRL_PROPERTY_RUNS: "50000" })).toBe(50000);
    for (const bad of ["abc", "0", "-5", "2.5", "1e400"]) expect(() => propertyRuns(150, { NRL_PROPERTY_RUNS: bad }), bad).toThrow(/NRL_PROPERTY_RUNS must be a whole number of 1 or more/);
  });

  it("gives a long run's tests time in proportion to its cases, never less than the suite's limit", () => {
    expect(timeFor(150, 5)).toBe(60_000);
    expect(timeFor(50_000, 5)).toBe(1_250_000);
  });
});

describe("property: damaged and random jobspecs never crash the linter", () => {
  const context = testContext(fixturesDir, { configLookup: false });

  it(`every input gives findings inside the file, or one fatal syntax or input-limit finding (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const decoded = decodeInput(Buffer.from(text, "utf8"));
        if (!decoded.ok) return;
        const result = await lintWith(context, decoded.text, path.join(tmp, "input.nomad.hcl"));
        expectInside(result, decoded.text);
        const fatal = result.messages.filter((m) => m.fatal);
        if (fatal.length > 0) expect(fatal.every((m) => ["syntax", "input-limit", "jobspec-schema", "jobspec-template"].includes(m.ruleId))).toBe(true);
        if (fatal.some((m) => m.ruleId === "jobspec-template")) expect(fatal.length).toBe(1);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 5));

  it("random bytes are reported as binary or invalid UTF-8 at a position inside the file, or linted", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const decoded = decodeInput(bytes);
        if (decoded.ok) return;
        expect("problem" in decoded).toBe(true);
        if (!("problem" in decoded)) return;
        const text = Buffer.from(bytes).toString("utf8");
        const lines = new SourceText(text).lineCount;
        expect(decoded.problem.line).toBeGreaterThanOrEqual(1);
        expect(decoded.problem.line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: RUNS * 4 },
    );
  }, timeFor(RUNS * 4, 0.1));

  it("the built CLI exits 0, 1 or 2 on damaged files, with JSON for every file and no internal error", () => {
    const dir = path.join(tmp, "cli-batch");
    const texts = fc.sample(hostileText, { numRuns: BATCH, seed: 7 });
    texts.forEach((t, i) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `f${i}.nomad.hcl`), t, "latin1");
    });
    // --concurrency 2: the worker threads take part.
    const r = runCli(["--format", "json", "--concurrency", "2", dir], { timeout: timeFor(BATCH, 5) });
    expect([0, 1, 2]).toContain(r.status);
    expect(r.stderr).not.toContain("internal error");
    const results = JSON.parse(r.stdout) as LintResult[];
    expect(results.map((x) => path.basename(x.filePath)).sort()).toEqual(texts.map((_t, i) => `f${i}.nomad.hcl`).sort());
  }, timeFor(BATCH, 5) + 30_000);
});

describe("property: random expressions and function calls never crash or hang the linter", () => {
  const context = testContext(fixturesDir, { configLookup: false });

  it(`every jobspec of random expressions is linted: findings inside the file, no internal error, each file within its budget (${RUNS} cases)`, async () => {
    let slowest = 0;
    let limited = 0;
    let unparsed = 0;
    const reported = new Set<string>();
    await fc.assert(
      fc.asyncProperty(expressionJobspec, async (text) => {
        const started = performance.now();
        const result = await lintWith(context, text, path.join(tmp, "expressions.nomad.hcl"));
        const took = performance.now() - started;
        slowest = Math.max(slowest, took);
        expectInside(result, text);
        expect(result.messages.filter((m) => m.ruleId === "internal-error").map((m) => m.message)).toEqual([]);
        if (result.messages.some((m) => m.ruleId === "input-limit")) limited++;
        if (result.messages.some((m) => m.ruleId === "syntax")) unparsed++;
        // Whatever the expressions do, the structure is still checked: task "t"'s template is reported.
        else expect(result.messages.filter((m) => m.ruleId === "remote-template" && m.line === text.split("\n").findIndex((l) => l.startsWith("      template {")) + 1)).toHaveLength(1);
        for (const m of result.messages) if (m.ruleId.startsWith("remote-") || m.ruleId === "expression-error") reported.add(m.ruleId);
        // Not a measure of speed: a hang past the evaluation budget fails here, not on the suite's clock.
        expect(took).toBeLessThan(20_000);
      }),
      { numRuns: RUNS },
    );
    console.log(`random expressions: ${RUNS} jobspecs, ${unparsed} syntax errors, ${limited} ended by the evaluation budget, slowest ${Math.round(slowest)} ms; rules that reported: ${[...reported].sort().join(", ")}`);
    // The generator makes jobspecs that are read, evaluated and checked, not mostly refused.
    expect(unparsed).toBeLessThan(RUNS / 4);
    expect(reported).toContain("remote-template");
    expect(reported).toContain("expression-error");
  }, timeFor(RUNS, 30));
});

describe("nesting scan (src/parse/nesting.ts)", () => {
  /** The least limit a text passes. */
  const depthOf = (text: string) => {
    let d = 0;
    while (firstTooDeep(text, d) !== -1) d++;
    return d;
  };

  it("counts brackets, braces, parentheses and interpolations, not what strings, comments and heredocs hold", () => {
    expect(depthOf('a = 1\n')).toBe(0);
    expect(depthOf('a { b { c = [1, (2)] } }\n')).toBe(4);
    expect(depthOf('a = "{{{[[[((("\n# {{{{\n// [[[[\n/* (((( */\n')).toBe(0);
    expect(depthOf('a = "${x}"\n')).toBe(1);
    expect(depthOf('a = "${f("}")}"\n')).toBe(2);
    expect(depthOf('a = "$${literal} %%{literal}"\n')).toBe(0);
    expect(depthOf('a = <<EOF\n{{{{\n  ${x}\nEOF\nb { }\n')).toBe(1);
    expect(depthOf('a = <<-EOT\n  {{{\n  EOT\n')).toBe(0);
    expect(depthOf('{"a": [[{"b": "]]]}"}]]}')).toBe(4);
  });

  it("reports the opening character past the limit", () => {
    const text = 'job "x" {\n  a {\n    b {\n';
    expect(firstTooDeep(text, 2)).toBe(text.indexOf("b {") + 2);
  });

  it(`property: wrapping a document in k blocks adds exactly k to its depth (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(hclDocument, fc.integer({ min: 1, max: 30 }), (doc, k) => {
        const wrapped = `${"w {\n".repeat(k)}${doc}${"}\n".repeat(k)}`;
        expect(depthOf(wrapped)).toBe(depthOf(doc) + k);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 0.5));
});

describe("hostile inputs through the built CLI", () => {
  const json = (r: { stdout: string }) => JSON.parse(r.stdout) as LintResult[];
  const file = (name: string, data: string | Buffer) => writeBelow(tmp, path.join("hostile", name), data);

  it("a 20 MB jobspec is an input-limit error, not read in full", () => {
    const lines = (bytes: number) => Array.from({ length: Math.ceil(bytes / 80) }, (_v, i) => `    k${i} = "${"x".repeat(70)}"\n`).join("");
    const f = file("huge.nomad.hcl", `job "huge" {\n  meta {\n${lines(20 * 1024 * 1024)}  }\n}\n`);
    const r = runCli(["--format", "json", f]);
    expect(r.status).toBe(1);
    const [m] = json(r)[0]!.messages;
    expect(m).toMatchObject({ ruleId: "input-limit", line: 1, column: 1, fatal: true });
    expect(m!.message).toContain("more than the 4.0 MB limit (--max-file-size)");
    // A raised limit lets a large file through.
    const mid = file("large.nomad.hcl", `job "large" {\n  datacenters = ["dc1"]\n  meta {\n${lines(5 * 1024 * 1024)}  }\n  group "g" {\n    task "t" {\n      driver = "docker"\n    }\n  }\n}\n`);
    const raised = runCli(["--format", "json", "--max-file-size", "6MB", mid]);
    expect(raised.status, raised.stderr).toBe(0);
  });

  it("10,000 nested blocks are an input-limit error at the first brace past the limit", () => {
    const n = 10_000;
    const f = file("deep.nomad.hcl", `job "deep" {\n${"a {\n".repeat(n)}${"}\n".repeat(n)}}\n`);
    const r = runCli(["--format", "json", f]);
    expect(r.status).toBe(1);
    expect(json(r)[0]!.messages).toEqual([
      expect.objectContaining({ ruleId: "input-limit", line: 101, column: 3, message: "blocks and values are nested more than 100 levels deep (--max-nesting): not linted" }),
    ]);
    expect(runCli(["--max-nesting", "501", f]).status).toBe(2);
  });

  it("a binary file, invalid UTF-8 and an empty file each get one clear finding", () => {
    const bin = file("binary.nomad.hcl", Buffer.from([0x6a, 0x6f, 0x62, 0x0a, 0x00, 0x01, 0x02, 0xff]));
    const bad = file("latin1.nomad.hcl", Buffer.concat([Buffer.from('job "x" {\n  meta {\n    a = "caf'), Buffer.from([0xe9]), Buffer.from('"\n  }\n}\n')]));
    const empty = file("empty.nomad.hcl", "");
    const r = runCli(["--format", "json", bin, bad, empty]);
    expect(r.status).toBe(1);
    const byName = new Map(json(r).map((x) => [path.basename(x.filePath), x.messages]));
    expect(byName.get("binary.nomad.hcl")).toEqual([expect.objectContaining({ ruleId: "syntax", line: 2, column: 1, message: "binary file: it contains NUL bytes and is not a jobspec" })]);
    expect(byName.get("latin1.nomad.hcl")).toEqual([expect.objectContaining({ ruleId: "syntax", line: 3, column: 13, message: "invalid UTF-8 at byte 31: jobspecs must be UTF-8 text" })]);
    expect(byName.get("empty.nomad.hcl")).toEqual([expect.objectContaining({ ruleId: "jobspec-schema", message: "the file has no job block: a jobspec needs exactly one job" })]);
  });

  it("a directory symlink loop is walked once", () => {
    const dir = path.join(tmp, "loop");
    mkdirSync(path.join(dir, "a"), { recursive: true });
    writeFileSync(path.join(dir, "a", "job.nomad.hcl"), readFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl")));
    symlinkSync("..", path.join(dir, "a", "up"));
    symlinkSync(".", path.join(dir, "a", "here"));
    const r = runCli(["--format", "json", dir]);
    expect(r.status).toBe(1);
    expect(json(r).map((x) => path.relative(dir, x.filePath))).toEqual([path.join("a", "job.nomad.hcl")]);
  });

  it("an unreadable file is exit status 2 with the reason, after the readable files are reported", () => {
    // A run as an unprivileged user: root reads files whatever their mode.
    const dir = path.join(tmpdir(), `nrl-unreadable-${process.pid}`);
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    try {
      const secret = path.join(dir, "secret.nomad.hcl");
      const open = path.join(dir, "open.nomad.hcl");
      writeFileSync(secret, readFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl")));
      writeFileSync(open, readFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl")));
      chmodSync(secret, 0);
      chmodSync(open, 0o644);
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(process.execPath, [cliPath, "--format", "json", "--no-config-lookup", dir], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("cannot read secret.nomad.hcl: permission denied");
      expect((JSON.parse(r.stdout) as LintResult[]).map((x) => x.filePath)).toEqual([open]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a FIFO named on the command line is exit status 2, at once; in a directory it is skipped", () => {
    const dir = path.join(tmp, "fifo");
    mkdirSync(dir, { recursive: true });
    const fifo = path.join(dir, "pipe.nomad.hcl");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const r = runCli([fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${path.relative(process.cwd(), fifo).startsWith("..") ? fifo : path.relative(process.cwd(), fifo)}: not a regular file`);
    const walked = runCli(["--format", "json", "--no-error-on-unmatched-pattern", dir]);
    expect(walked.status).toBe(0);
    expect(JSON.parse(walked.stdout)).toEqual([]);
  });

  it("a reader that closes the pipe early ends the run quietly, with the exit status of the result", async () => {
    const child = spawn(process.execPath, [cliPath, "--format", "json", "--concurrency", "off", fixturesDir], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(1);
  });

  it("a report or cache directory that cannot be made (a link to nowhere, /proc) is a clear error, not a hang", () => {
    const example = path.join(fixturesDir, "examples", "ecs-web.nomad.hcl");
    const dangling = path.join(tmp, "dangling");
    symlinkSync(path.join(tmp, "nowhere"), dangling);
    const places = [path.join(dangling, "reports"), ...(existsSync("/proc/self") ? ["/proc/nomad-remote-lint-test"] : [])];
    const plain = runCli(["--format", "json", example]);
    for (const dir of places) {
      const report = runCli(["--format", "json", "-o", path.join(dir, "report.json"), example]);
      expect(report.status, dir).toBe(2);
      expect(report.stderr, dir).toContain(`cannot write ${path.join(dir, "report.json")}`);
      const cached = runCli(["--format", "json", "--cache", "--cache-location", path.join(dir, "cache"), example]);
      expect([cached.status, cached.stdout], dir).toEqual([2, plain.stdout]);
      expect(cached.stderr, dir).toContain("the cache cannot be written");
    }
    expect(existsSync(path.join(tmp, "nowhere"))).toBe(false);
  });

  it("100,000 files in a tree: the walk finds the few jobspecs among them", () => {
    const root = path.join(tmp, "many");
    for (let d = 0; d < 1000; d++) {
      const dir = path.join(root, `d${d % 10}`, `e${d}`);
      mkdirSync(dir, { recursive: true });
      for (let f = 0; f < 100; f++) writeFileSync(path.join(dir, `f${f}.${f % 2 === 0 ? "txt" : "json"}`), "");
    }
    for (let k = 0; k < 5; k++) writeFileSync(path.join(root, `d${k}`, `job${k}.nomad.hcl`), 'job "j" {\n  group "g" {\n    task "t" {\n      driver = "docker"\n    }\n  }\n}\n');
    const r = runCli(["--format", "json", root]);
    expect(r.status, r.stderr).toBe(0);
    expect(json(r).map((x) => path.relative(root, x.filePath))).toEqual([0, 1, 2, 3, 4].map((k) => path.join(`d${k}`, `job${k}.nomad.hcl`)));
  }, 120_000);
});
