import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, lstatSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_META } from "../src/engine/builtin.js";
import { Linter } from "../src/engine/linter.js";
import { defineRule } from "../src/engine/rule.js";
import { fixText } from "../src/fix/apply.js";
import { WriteRefused, writeFixed } from "../src/fix/write.js";
import { scanHclStructure, type HclBody } from "../src/parse/hcl-structure.js";
import { parseHcl } from "../src/parse/hcl.js";
import { SourceText } from "../src/parse/source.js";
import { rules } from "../rules/index.js";
import type { LintResult } from "../src/results/diagnostic.js";
import { runCli } from "./support/cli.js";
import { expectGolden } from "./support/golden.js";
import { fixturesDir } from "./support/paths.js";
import { testContext } from "./support/lint.js";
import { propertyRuns, timeFor } from "./support/property.js";
import { DEFAULT_LIMITS } from "../src/engine/options.js";

const RUNS = propertyRuns(150);
const fixDir = path.join(fixturesDir, "fix");
const cases = readdirSync(fixDir).filter((f) => f.endsWith(".nomad.hcl")).sort();

const context = testContext(fixturesDir);
const { linter } = context;
const settingsFor = (file: string) => context.resolver.resolve(file).settings;
const fix = (text: string, file = path.join(fixDir, "input.nomad.hcl")) => fixText(linter, text, file, settingsFor(file), () => true);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-fix-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const crlf = (t: string) => t.replace(/\n/g, "\r\n");
const bom = (t: string) => `\uFEFF${t}`;

describe("--fix of remote-resources (golden files in test/golden/fix/)", () => {
  for (const name of cases) {
    it(`${name}: the fixed file, idempotent, the same with CRLF line endings and a BOM`, async () => {
      const file = path.join(fixDir, name);
      const input = readFileSync(file, "utf8");
      const outcome = await fix(input, file);
      expect(outcome.rolledBack).toEqual([]);
      expectGolden(path.join("fix", name), outcome.output);
      expect(outcome.result.messages.filter((m) => m.fix !== undefined)).toEqual([]);
      // Fixing again changes nothing.
      const again = await fix(outcome.output, file);
      expect(again.changed).toBe(false);
      expect(again.fixed).toEqual([]);
      // Line endings and the byte order mark are kept.
      expect((await fix(crlf(input), file)).output).toBe(crlf(outcome.output));
      expect((await fix(bom(input), file)).output).toBe(bom(outcome.output));
      expect((await fix(bom(crlf(input)), file)).output).toBe(bom(crlf(outcome.output)));
    });
  }

  it("leaves tasks made by dynamic blocks alone, and names the variable a value comes from", async () => {
    const file = path.join(fixDir, "generated.nomad.hcl");
    const outcome = await fix(readFileSync(file, "utf8"), file);
    const left = outcome.result.messages.filter((m) => m.ruleId === "remote-resources");
    expect(left.map((m) => m.message)).toEqual([
      'cpu = 500 in task "a" (driver "ecs") reserves client capacity the remote task does not use: set cpu = 1',
      'cpu = 500 in task "b" (driver "ecs") reserves client capacity the remote task does not use: set cpu = 1',
      'cpu = 500 in task "from-variable" (driver "ecs") reserves client capacity the remote task does not use: set cpu = 1; the value comes from variable "cpu": set it there',
    ]);
    expect(left.every((m) => m.fix === undefined)).toBe(true);
  });

  it("offers removal of other remote findings as suggestions, which --fix never applies", async () => {
    const file = path.join(fixturesDir, "examples", "ecs-web.nomad.hcl");
    const text = readFileSync(file, "utf8");
    const { result } = await linter.lintDocument(text, file, settingsFor(file));
    const template = result.messages.find((m) => m.ruleId === "remote-template")!;
    expect(template.fix).toBeUndefined();
    expect(template.suggestions).toEqual([{ desc: "Remove the template block", fix: { range: [expect.any(Number), expect.any(Number)], text: "" } }]);
    const [start, end] = template.suggestions![0]!.fix.range;
    expect(text.slice(start, end)).toMatch(/^ {6}template \{\n[\s\S]*\n {6}\}\n$/);
    const outcome = await fix(text, file);
    expect(outcome.output).toContain("template {");
    expect(outcome.fixed.map((f) => f.ruleId)).toEqual(["remote-resources", "remote-resources"]);
  });
});

describe("rollback", () => {
  const breaking = defineRule({
    meta: { id: "test-breaking-fix", severity: "error", description: "test", rationale: "test", fix: "test", docs: [], fixable: true },
    check(ctx) {
      const task = ctx.tasks[0];
      if (task === undefined) return;
      // An edit that leaves an unclosed brace.
      ctx.report({ at: task.block, task, message: "breaks the file", fix: () => ({ range: [0, 0], text: "}" }) });
    },
  });
  const useless = defineRule({
    meta: { id: "test-useless-fix", severity: "error", description: "test", rationale: "test", fix: "test", docs: [], fixable: true },
    check(ctx) {
      const task = ctx.tasks[0];
      if (task === undefined) return;
      // A comment: the file still parses, the finding stays.
      ctx.report({ at: task.block, task, message: "stays", fix: { range: [0, 0], text: "# fixed?\n" } });
    },
  });
  const custom = new Linter({ rules: [...rules, breaking, useless], builtins: BUILTIN_META, limits: DEFAULT_LIMITS });

  it("undoes a fix that would not parse or would keep its finding, reports it, and keeps the others", async () => {
    const file = path.join(fixturesDir, "examples", "ecs-web.nomad.hcl");
    const text = readFileSync(file, "utf8");
    const outcome = await fixText(custom, text, file, settingsFor(file), () => true);
    expect(outcome.rolledBack).toEqual([
      { ruleId: "test-breaking-fix", message: "breaks the file", reason: expect.stringMatching(/^the fixed file would not parse \(1:1: /) },
      { ruleId: "test-useless-fix", message: "stays", reason: "the finding would remain after the fix" },
    ]);
    // The resources fix still applied, and nothing else changed.
    expect(outcome.fixed.map((f) => f.ruleId)).toEqual(["remote-resources", "remote-resources"]);
    expect(outcome.output.startsWith("}")).toBe(false);
    expect(outcome.output).not.toContain("# fixed?");
    expect(outcome.output).toContain("cpu    = 1");
  });
});

describe("writing fixed files", () => {
  const work = (name: string, from = path.join(fixDir, "values.nomad.hcl")) => {
    const dir = path.join(tmp, name);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "job.nomad.hcl");
    writeFileSync(file, readFileSync(from));
    return file;
  };

  it("rewrites in place keeping the mode, follows a symlink, and a second run changes nothing", () => {
    const file = work("mode");
    chmodSync(file, 0o640);
    const link = path.join(path.dirname(file), "link.nomad.hcl");
    symlinkSync("job.nomad.hcl", link);
    const r = runCli(["--fix", "--format", "json", link]);
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(path.join(path.dirname(fixturesDir), "test", "golden", "fix", "values.nomad.hcl"), "utf8"));
    expect(readdirSync(path.dirname(file)).sort()).toEqual(["job.nomad.hcl", "link.nomad.hcl"]);
    const [result] = JSON.parse(r.stdout) as LintResult[];
    expect(result!.fixed).toEqual([
      { ruleId: "remote-resources", message: expect.stringContaining("cpu = 500"), line: 8, column: 9 },
      { ruleId: "remote-resources", message: expect.stringContaining("memory = 1024"), line: 9, column: 9 },
      { ruleId: "remote-resources", message: expect.stringContaining('cpu = 250 in task "quoted"'), line: 17, column: 9 },
    ]);
    expect(result).not.toHaveProperty("output");
    expect(result).not.toHaveProperty("source");
    const again = runCli(["--fix", "--format", "json", file]);
    expect(JSON.parse(again.stdout)[0].fixed).toEqual([]);
  });

  it("reports fixable counts, and the fix of each fixable finding, without --fix", () => {
    const file = work("counts", path.join(fixDir, "remove.nomad.hcl"));
    const r = runCli(["--format", "json", file]);
    const [result] = JSON.parse(r.stdout) as LintResult[];
    expect(result!.fixableWarningCount).toBe(result!.warningCount);
    expect(result!.fixableWarningCount).toBe(5);
    expect(result!.fixableErrorCount).toBe(0);
    expect(result!.messages.every((m) => m.fix !== undefined && typeof m.fix.text === "string")).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(path.join(fixDir, "remove.nomad.hcl"), "utf8"));
  });

  it("--fix-dry-run prints a unified diff and changes nothing; a report sent to --output-file leaves the diff alone on standard output", () => {
    const file = work("dry");
    const before = readFileSync(file, "utf8");
    const r = runCli(["--fix-dry-run", "--format", "json", "--output-file", "report.json", "job.nomad.hcl"], { cwd: path.dirname(file) });
    expect(r.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(before);
    expectGolden(path.join("fix", "values.diff"), r.stdout);
    const report = JSON.parse(readFileSync(path.join(path.dirname(file), "report.json"), "utf8")) as LintResult[];
    expect(report[0]!.fixed!.length).toBe(3);
    expect(report[0]!.messages).toEqual([]);
  });

  it("the README's dry run of the example: the diff, then the report of what the fixes leave (golden)", () => {
    const r = runCli(["--fix-dry-run", "fixtures/examples/ecs-web.nomad.hcl"]);
    expect(r.status).toBe(1);
    const diff = r.stdout.slice(0, r.stdout.indexOf("\nfixtures/examples/ecs-web.nomad.hcl\n"));
    expectGolden(path.join("fix", "example.diff"), diff);
    expectGolden(path.join("fix", "example-dry-run.txt"), r.stdout);
    expect(r.stdout.slice(diff.length)).toContain("✔ 2 problems would be fixed (--fix-dry-run) in 1 file");
    expect(r.stdout.slice(diff.length)).toContain("✖ 3 problems (2 errors, 1 warning, 0 info) in 1 linted file");
  });

  it("--fix-type limits which rules fix; option mistakes are exit status 2", () => {
    const file = work("types");
    expect(runCli(["--fix-dry-run", "--fix-type", "remote-resources", file]).stdout).toContain("+        cpu    = 1");
    const typo = runCli(["--fix-dry-run", "--fix-type", "remote-resource", file]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--fix-type "remote-resource" is not a rule with fixes (did you mean "remote-resources"?)');
    expect(runCli(["--fix-type", "remote-resources", file]).status).toBe(2);
    expect(runCli(["--fix", "--fix-dry-run", file]).status).toBe(2);
    expect(runCli(["--fix", "-"], { input: readFileSync(file, "utf8") }).status).toBe(2);
    const stdin = runCli(["--fix-dry-run", "--stdin-filename", "job.nomad.hcl", "-"], { input: readFileSync(file, "utf8") });
    expect(stdin.stdout).toContain("+        memory = 10");
  });

  it("never writes over a file that changed since it was read", () => {
    const file = work("changed");
    const read = readFileSync(file, "utf8");
    writeFileSync(file, read + "\n# edited meanwhile\n");
    expect(() => writeFixed(file, read, "replaced")).toThrow(WriteRefused);
    expect(readFileSync(file, "utf8")).toBe(read + "\n# edited meanwhile\n");
    expect(readdirSync(path.dirname(file))).toEqual(["job.nomad.hcl"]);
  });
});

/** The text of a jobspec with every resources block (and the blank line before an inserted one) taken out. */
function withoutResources(text: string): string {
  const spans: [number, number][] = [];
  const visit = (body: HclBody) => {
    for (const item of body.items) {
      if (item.kind !== "block") continue;
      if (item.type === "resources") spans.push([item.span.start, item.span.end]);
      else visit(item.body);
    }
  };
  visit(scanHclStructure(text).body);
  let out = text;
  for (const [s, e] of spans.reverse()) out = out.slice(0, s) + out.slice(e);
  // Blank lines are not compared: the fix puts one before a block it inserts.
  return out
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .join("\n");
}

describe("property: --fix of generated resources blocks", () => {
  const value = fc.oneof(fc.integer({ min: 1, max: 100_000 }).map(String), fc.constantFrom('"500"', "1", "10", "var.cpu"));
  const comment = fc.constantFrom("", " # note", " // note");
  const line = fc.oneof(
    fc.tuple(fc.constantFrom("cpu", "memory", "cores", "memory_max"), value, comment).map(([n, v, c]) => `${n} = ${v}${c}`),
    fc.constant("# a comment line"),
    fc.constant(""),
    fc.constant('device "nvidia/gpu" {\n  count = 1\n}'),
  );
  const task = fc.record({
    name: fc.constantFrom("a", "b", "c"),
    resources: fc.option(fc.uniqueArray(line, { maxLength: 6, selector: (l) => (/^\w+ =/.test(l) ? l.split(" ")[0] : l + Math.random()) }), { nil: undefined }),
    oneLine: fc.boolean(),
    heredoc: fc.boolean(),
  });
  // Groups repeat the tasks, names and all: tasks of the same name in different groups.
  const doc = fc.record({ tasks: fc.uniqueArray(task, { minLength: 1, maxLength: 3, selector: (t) => t.name }), groups: fc.integer({ min: 1, max: 2 }), tabs: fc.boolean(), crlf: fc.boolean() }).map(({ tasks, groups, tabs, crlf: useCrlf }) => {
    const u = tabs ? "\t" : "  ";
    const ind = (n: number, s: string) => s.split("\n").map((l) => (l === "" ? l : u.repeat(n) + l)).join("\n");
    const body = tasks.map((t) => {
      const parts = ['driver = "ecs"'];
      if (t.heredoc) parts.push("meta {\n" + u + "notes = <<EOT\nresources { cpu = 500 }\nEOT\n}");
      if (t.resources !== undefined) {
        const attrs = t.resources.filter((l) => /^\w+ = /.test(l) && !l.includes("#") && !l.includes("//"));
        if (t.oneLine && attrs.length <= 1) parts.push(`resources {${attrs.length === 1 ? ` ${attrs[0]} ` : ""}}`);
        else parts.push(`resources {\n${t.resources.map((l) => ind(1, l)).join("\n")}\n}`);
      }
      return ind(2, `task "${t.name}" {\n${parts.map((p) => ind(1, p)).join("\n\n")}\n}`);
    });
    const group = (name: string) => `${u}group "${name}" {\n${body.join("\n\n")}\n${u}}\n`;
    const text = `variable "cpu" {\n${u}default = 500\n}\n\njob "p" {\n${["g", "h"].slice(0, groups).map(group).join("\n")}}\n`;
    return useCrlf ? text.replace(/\n/g, "\r\n") : text;
  });

  it(`the fixed file parses, only resources blocks differ, and no fixable finding is left (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (text) => {
        const parsedBefore = await parseHcl(new SourceText(text));
        fc.pre(parsedBefore.ok);
        const outcome = await fix(text);
        expect(outcome.rolledBack).toEqual([]);
        expect((await parseHcl(new SourceText(outcome.output))).ok).toBe(true);
        expect(withoutResources(outcome.output)).toBe(withoutResources(text));
        expect(outcome.result.messages.filter((m) => m.fix !== undefined)).toEqual([]);
        const left = outcome.result.messages.filter((m) => m.ruleId === "remote-resources");
        for (const m of left) expect(m.message).toContain("the value comes from variable");
        expect((await fix(outcome.output)).changed).toBe(false);
        expect(/\r\n/.test(text) ? outcome.output.replace(/\r\n/g, "").includes("\n") : outcome.output.includes("\r")).toBe(false);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 4));
});
