import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUILTIN_META } from "../src/engine/builtin.js";
import { defineRule } from "../src/engine/api.js";
import { Linter } from "../src/engine/linter.js";
import { DEFAULT_LIMITS } from "../src/engine/options.js";
import { rules } from "../src/index.js";
import { runCli } from "./support/cli.js";
import { testContext } from "./support/lint.js";

/**
 * Hostile inputs, each generated here and bounded in time (the CLI is stopped after the
 * suite's per-process limit): every one ends with the run's other file reported and a finding
 * or a clear message for the hostile one, never a hang, a crash or a stack trace.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "nrl-hostile-"));
});
// rm(1): Node's recursive removal recurses once per level, and the tree below is 2,000 deep.
afterAll(() => execFileSync("rm", ["-rf", dir]));

const task = (body: string) => `job "h" {\n  group "g" {\n    task "t" {\n      driver = "docker"\n${body}\n    }\n  }\n}\n`;
const OK = `job "ok" {\n  group "g" {\n    task "t" {\n      driver = "ecs"\n      template {\n        data = "x"\n      }\n    }\n  }\n}\n`;

interface Message {
  ruleId: string;
  message: string;
  severity: string;
}

/**
 * Every attack runs with V8's heap capped: one that needs more memory than a real run ends the
 * process, and its test fails, instead of passing on a machine with room to spare.
 */
const HEAP_CAP = "--max-old-space-size=768";

/** Lints the hostile text beside a well-formed file, as `nomad-remote-lint --format json`. */
function lintBeside(name: string, text: string, args: string[] = []) {
  const caseDir = path.join(dir, name.replace(/\W/g, "-"));
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(path.join(caseDir, "hostile.nomad.hcl"), text);
  writeFileSync(path.join(caseDir, "ok.nomad.hcl"), OK);
  const run = runCli(["--format", "json", "--concurrency", "off", ...args, caseDir], { env: { NODE_OPTIONS: HEAP_CAP } });
  const results = JSON.parse(run.stdout) as { filePath: string; messages: Message[] }[];
  const of = (file: string) => results.find((r) => path.basename(r.filePath) === file)?.messages ?? [];
  return { run, hostile: of("hostile.nomad.hcl"), ok: of("ok.nomad.hcl") };
}

const locals = (lines: string[]) => `locals {\n${lines.map((l) => `  ${l}`).join("\n")}\n}\n`;

const cases: [string, string, string, RegExp][] = [
  ["a locals chain of 2,000", locals([...Array.from({ length: 2000 }, (_, i) => `l${i} = local.l${i + 1}`), 'l2000 = "x"']) + task("      user = local.l0"), "input-limit", /nest more than 300 deep/],
  ['format("%999999999d", 1)', task('      user = format("%999999999d", 1)'), "expression-error", /width 999999999 .* too large/],
  ["indent(1e9, ...)", task('      user = indent(1000000000, "a\\nb")'), "input-limit", /a string of more than/],
  ["40 string doublings", locals(['s0 = "xx"', ...Array.from({ length: 40 }, (_, i) => `s${i + 1} = "\${local.s${i}}\${local.s${i}}"`)]) + task("      user = substr(local.s40, 0, 1)"), "input-limit", /a string of more than/],
  ["30 list doublings, encoded", locals(["s0 = [1]", ...Array.from({ length: 30 }, (_, i) => `s${i + 1} = [local.s${i}, local.s${i}]`)]) + task("      user = jsonencode(local.s30)"), "input-limit", /a value of more than/],
  ["a list nested 5,000 deep through locals", locals([...Array.from({ length: 5000 }, (_, i) => `l${i} = [local.l${i + 1}]`), "l5000 = 1"]) + task("      user = jsonencode(local.l0)"), "input-limit", /nest more than 300 deep/],
  ["flatten, yamlencode and == of a 20 KB [[[...]]] string", locals([`d = jsondecode("${"[".repeat(10000)}${"]".repeat(10000)}")`, "f = flatten(local.d)", "y = yamlencode(local.d)", "e = local.d == local.d"]) + task("      user = local.y"), "input-limit", /nested more than 100 deep/],
  ["nested for 10,000 × 10,000", task('      user = join(",", [for a in range(10000) : join(",", [for b in range(10000) : "x"])])'), "input-limit", /more than 1,000,000 steps/],
  ["%{for} 10,000 × 10,000", task('      user = "%{for a in range(10000)}%{for b in range(10000)}x%{endfor}%{endfor}"'), "input-limit", /more than 1,000,000 steps/],
  [
    "a nested dynamic 10,000 × 10,000",
    'job "h" {\n  group "g" {\n    dynamic "task" {\n      for_each = range(10000)\n      labels   = ["t${task.key}"]\n      content {\n        driver = "docker"\n        dynamic "template" {\n          for_each = range(10000)\n          content {\n            data = "x"\n          }\n        }\n      }\n    }\n  }\n}\n',
    "input-limit",
    /more than 10,000 blocks/,
  ],
  ['regexall("(x+x+)+y", ...), as Nomad: no such function', task(`      user = jsonencode(regexall("(x+x+)+y", "${"x".repeat(5000)}"))`), "expression-error", /call to unknown function "regexall"/],
];

describe("hostile files cost a bounded time and leave the run's other files reported", () => {
  it.each(cases)("%s", (_name, text, ruleId, message) => {
    const { run, hostile, ok } = lintBeside(_name, text);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toBe("");
    expect(ok.map((m) => m.ruleId)).toContain("remote-template");
    expect(hostile.filter((m) => m.ruleId === ruleId && message.test(m.message)).length, JSON.stringify(hostile.map((m) => m.message))).toBe(1);
  });

  it("a backtracking pattern in replace() is RE2's, in linear time, as Nomad's", () => {
    const { run, hostile } = lintBeside("re2", task(`      user = replace("${"a".repeat(50_000)}!", "/^(a|a)+$/", "x")`));
    expect(run.status).toBe(1);
    expect(hostile.filter((m) => m.severity === "error")).toEqual([]);
  });

  it.each([
    ["a heredoc of 1.8 MB", task(`      template {\n        data = <<EOT\n${"plain line of text without any interpolation\n".repeat(40_000)}EOT\n      }`)],
    ["300,000 $${ escapes", task(`      user = "${"$${".repeat(300_000)}"`)],
  ])("%s: the parser is ended after --max-parse-time, in a thread of its own", (_name, text) => {
    const { run, hostile, ok } = lintBeside(_name, text, ["--max-parse-time", "2"]);
    expect(run.status).toBe(1);
    expect(ok.map((m) => m.ruleId)).toContain("remote-template");
    expect(hostile.map((m) => `${m.ruleId} ${m.message}`)).toEqual(["input-limit the HCL parser did not finish within 2 s (--max-parse-time): not linted"]);
  });

  it("20,000 tasks without resources: every one reported, with its fix, in a run that ends", () => {
    const text = `job "h" {\n  group "g" {\n${Array.from({ length: 20_000 }, (_, i) => `    task "t${i}" {\n      driver = "ecs"\n    }\n`).join("")}  }\n}\n`;
    const { run, hostile } = lintBeside("tasks", text);
    expect(run.status).toBe(1);
    expect(hostile.filter((m) => m.ruleId === "remote-resources").length).toBe(20_000);
  });

  it("a JSON var file nested 10,000 deep is a finding in the var file, and the jobspecs are linted", () => {
    const caseDir = path.join(dir, "deep-var-file");
    mkdirSync(caseDir, { recursive: true });
    writeFileSync(path.join(caseDir, "deep.vars.json"), `{"x": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    writeFileSync(path.join(caseDir, "ok.nomad.hcl"), `variable "x" {\n  default = []\n}\n${OK}`);
    const run = runCli(["--format", "json", "--var-file", path.join(caseDir, "deep.vars.json"), path.join(caseDir, "ok.nomad.hcl")], { env: { NODE_OPTIONS: HEAP_CAP } });
    const results = JSON.parse(run.stdout) as { filePath: string; messages: Message[] }[];
    expect(results.find((r) => r.filePath.endsWith("deep.vars.json"))?.messages.map((m) => m.ruleId)).toEqual(["input-limit"]);
    expect(results.find((r) => r.filePath.endsWith("ok.nomad.hcl"))?.messages.map((m) => m.ruleId)).toContain("remote-template");
  });
});

describe("hostile paths and options", () => {
  it("a FIFO or a device as a config, var or driver file is refused at once, with exit status 2", () => {
    const fifo = path.join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    const ok = path.join(dir, "plain.nomad.hcl");
    writeFileSync(ok, OK);
    for (const args of [["-c", fifo], ["--var-file", fifo], ["--driver-schema", fifo], ["-c", "/dev/zero"], ["--var-file", "/dev/zero"], ["--driver-schema", "/dev/zero"]]) {
      const run = runCli([...args, ok]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toMatch(/not a regular file/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("a link to / inside the tree is not followed; a tree 2,000 directories deep is searched", () => {
    const tree = path.join(dir, "tree");
    mkdirSync(tree);
    writeFileSync(path.join(tree, "ok.nomad.hcl"), OK);
    symlinkSync("/", path.join(tree, "root"));
    let deep = tree;
    for (let i = 0; i < 2000; i++) deep = path.join(deep, "d");
    mkdirSync(deep, { recursive: true });
    writeFileSync(path.join(deep, "x.nomad.hcl"), OK);
    const run = runCli(["--format", "json", tree], { env: { NODE_OPTIONS: HEAP_CAP } });
    const files = (JSON.parse(run.stdout) as { filePath: string }[]).map((r) => path.relative(tree, r.filePath));
    expect(files.sort()).toEqual([path.join(...Array.from({ length: 2000 }, () => "d"), "x.nomad.hcl"), "ok.nomad.hcl"].sort());
  });

  it("--concurrency is bounded by the machine's cores", () => {
    const run = runCli(["--concurrency", "256", path.join(dir, "plain.nomad.hcl")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/expected at most \d+ threads/);
  });

  it("a full device on standard output is exit status 2 with a line saying so", () => {
    const out = execFileSync("sh", ["-c", `"${process.execPath}" "${path.join(__dirname, "..", "dist", "cli", "nomad-remote-lint.cjs")}" "${path.join(dir, "plain.nomad.hcl")}" > /dev/full; echo "status $?"`], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out.trim()).toBe("status 2");
  });
});

describe("a fault of the linter on one file", () => {
  it("is a finding in that file, and the other files are linted", async () => {
    const broken = defineRule({
      meta: { id: "test-broken", severity: "error", description: "test", rationale: "test", fix: "test", docs: [] },
      check(ctx) {
        if (ctx.jobs[0]?.name === "boom") throw new TypeError("a rule's own bug");
      },
    });
    const linter = new Linter({ rules: [...rules, broken], builtins: BUILTIN_META, limits: DEFAULT_LIMITS });
    const settings = testContext(dir).resolver.resolve(path.join(dir, "a.nomad.hcl")).settings;
    const docs = await linter.lintDocuments([
      { raw: 'job "boom" {}\n', filePath: path.join(dir, "a.nomad.hcl"), settings },
      { raw: OK, filePath: path.join(dir, "b.nomad.hcl"), settings },
    ]);
    expect(docs[0]!.result.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ["internal-error", "the linter failed on this file: rule test-broken failed: a rule's own bug; nothing in it was checked (please report this, with the file if you can)"],
    ]);
    expect(docs[0]!.internalError).toBe("rule test-broken failed: a rule's own bug");
    expect(docs[1]!.result.messages.map((m) => m.ruleId)).toContain("remote-template");
  });
});
