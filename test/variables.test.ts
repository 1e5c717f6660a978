import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";

const JOB = `variable "cpu" {
  type    = number
  default = 100
}

variable "tags" {
  type    = list(string)
  default = []
}

job "vars" {
  group "g" {
    task "t" {
      driver = "ecs"

      resources {
        cpu    = var.cpu
        memory = 10
      }
    }
  }
}
`;

let tmp: string;
let job: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-vars-"));
  mkdirSync(path.join(tmp, ".git"));
  job = path.join(tmp, "job.nomad.hcl");
  writeFileSync(job, JOB);
  writeFileSync(path.join(tmp, "one.hcl"), "cpu = 300\n");
  writeFileSync(path.join(tmp, "two.json"), '{"cpu": 400}\n');
  writeFileSync(path.join(tmp, "extra.hcl"), 'cpu = 300\nregion = "eu"\n');
  writeFileSync(path.join(tmp, "wrong.hcl"), 'tags = "a,b"\n');
  writeFileSync(path.join(tmp, "broken.hcl"), "cpu = \n");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Message {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
}

function lint(args: string[], env: Record<string, string> = {}) {
  const r = runCli(["--format", "json", ...args], { cwd: tmp, env });
  const results = r.stdout === "" ? [] : (JSON.parse(r.stdout) as { filePath: string; messages: Message[] }[]);
  return { ...r, results };
}

function cpuOf(args: string[], env: Record<string, string> = {}): string | undefined {
  const { results } = lint([...args, "job.nomad.hcl"], env);
  const m = results.find((r) => r.filePath === job)?.messages.find((x) => x.ruleId === "remote-resources");
  return m === undefined ? "minimum" : /cpu = (\S+)/.exec(m.message)?.[1];
}

describe("variable values, lowest to highest precedence", () => {
  it("default, NOMAD_VAR_, --var-file (later files win), --var", () => {
    expect(cpuOf([])).toBe("100");
    expect(cpuOf([], { NOMAD_VAR_cpu: "200" })).toBe("200");
    expect(cpuOf(["--var-file", "one.hcl"], { NOMAD_VAR_cpu: "200" })).toBe("300");
    expect(cpuOf(["--var-file", "one.hcl", "--var-file", "two.json"])).toBe("400");
    expect(cpuOf(["--var-file", "two.json", "--var-file", "one.hcl"])).toBe("300");
    expect(cpuOf(["--var-file", "two.json", "--var", "cpu=500"], { NOMAD_VAR_cpu: "200" })).toBe("500");
    expect(cpuOf(["--var", "cpu=1"])).toBe("minimum");
  });

  it("ignores undeclared NOMAD_VAR_ variables", () => {
    const r = lint(["job.nomad.hcl"], { NOMAD_VAR_region: "eu" });
    expect(r.status).toBe(0);
  });

  it("shares --var over every file: one that does not declare it is no problem, and neither declaring it is reported once", () => {
    const declares = 'variable "x" {}\njob "a" {\n  group "g" {\n    task "t" {\n      driver = "docker"\n      env {\n        X = var.x\n      }\n    }\n  }\n}\n';
    const plain = 'job "b" {\n  group "g" {\n    task "t" {\n      driver = "docker"\n    }\n  }\n}\n';
    writeFileSync(path.join(tmp, "a.nomad.hcl"), declares);
    writeFileSync(path.join(tmp, "b.nomad.hcl"), plain);
    writeFileSync(path.join(tmp, "c.nomad.hcl"), plain.replace('job "b"', 'job "c"'));
    const shared = lint(["--var", "x=1", "a.nomad.hcl", "b.nomad.hcl"]);
    expect([shared.status, shared.stderr]).toEqual([0, ""]);
    expect(shared.results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)])).toEqual([
      ["a.nomad.hcl", []],
      ["b.nomad.hcl", []],
    ]);
    const neither = lint(["--var", "x=1", "b.nomad.hcl", "c.nomad.hcl"]);
    expect(neither.status).toBe(0);
    const about = neither.results.flatMap((r) => r.messages.filter((m) => m.message.includes('"x"')).map((m) => [r.filePath, m.ruleId, m.message]));
    expect(about).toEqual([["<command line>", "variable-undeclared", '--var x=1: no linted jobspec declares variable "x"']]);
  });

  it("reports a --var that no linted jobspec declares once, on the command line, and still lints the files", () => {
    const r = lint(["--var", "region=eu", "job.nomad.hcl"]);
    expect(r.stderr).toBe("");
    expect(r.results.map((x) => x.filePath).sort()).toEqual([job, "<command line>"].sort());
    const commandLine = (x: typeof r) => x.results.find((y) => y.filePath === "<command line>")!;
    expect(commandLine(r).messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      ["variable-undeclared", "warning", '--var region=eu: no linted jobspec declares variable "region"'],
    ]);
    expect(r.status).toBe(0);
    const strict = lint(["--hcl2-strict", "--var", "region=eu", "job.nomad.hcl"]);
    expect(commandLine(strict).messages.map((m) => m.severity)).toEqual(["error"]);
    expect(strict.status).toBe(1);
  });

  it("reports a --var or NOMAD_VAR_ value that does not convert at the variable's declaration", () => {
    const flag = lint(["--var", "cpu=lots", "job.nomad.hcl"]);
    expect(flag.status).toBe(1);
    expect(flag.results[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ["variable-value", 1, 1, '--var cpu="lots" does not fit variable "cpu" (number): references such as lots are not allowed in a variable value'],
    ]);
    const env = lint(["job.nomad.hcl"], { NOMAD_VAR_tags: "not a list" });
    expect(env.results[0]!.messages[0]!.message).toContain('NOMAD_VAR_tags="not a list" does not fit variable "tags" (list(string))');
  });

  it("reports var-file entries at their line in the var file: undeclared names and values that do not convert", () => {
    const r = lint(["--var-file", "extra.hcl", "--var-file", "wrong.hcl", "job.nomad.hcl"]);
    expect(r.status).toBe(1);
    const byFile = Object.fromEntries(r.results.map((x) => [path.basename(x.filePath), x.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]));
    expect(byFile["extra.hcl"]).toEqual([["variable-undeclared", 2, 1, 'variable "region" is given a value, but no linted jobspec declares it']]);
    expect(byFile["wrong.hcl"]).toEqual([
      ["variable-value", 1, 1, 'value for job.nomad.hcl: variable "tags" is "a,b" (a string), where a list is required (list(string))'],
    ]);
  });

  it("reports a var file that does not parse at its position, and one that cannot be read with status 2, linting the rest", () => {
    const r = lint(["--var-file", "broken.hcl", "job.nomad.hcl"]);
    expect(r.status).toBe(1);
    const broken = r.results.find((x) => x.filePath.endsWith("broken.hcl"))!;
    expect(broken.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["syntax", 1, 7]]);
    expect(broken.messages[0]!.message).toMatch(/^Invalid expression/);
    const missing = lint(["--var-file", "missing.hcl", "job.nomad.hcl"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing.hcl: cannot read var file: no such file or directory");
    expect(missing.results.map((x) => x.filePath)).toEqual([job]);
  });
});

describe("filesystem functions", () => {
  const FS_JOB = (expr: string) => `job "fs" {
  group "g" {
    task "t" {
      driver = ${expr}
      template {
        data = "x"
      }
    }
  }
}
`;
  beforeAll(() => {
    mkdirSync(path.join(tmp, "fs/conf"), { recursive: true });
    writeFileSync(path.join(tmp, "fs/conf/driver.txt"), "ecs");
    writeFileSync(path.join(tmp, "secret.txt"), "ecs");
    symlinkSync(path.join(tmp, "secret.txt"), path.join(tmp, "fs/conf/link.txt"));
    writeFileSync(path.join(tmp, "fs/inside.nomad.hcl"), FS_JOB('trimspace(file("conf/driver.txt"))'));
    writeFileSync(path.join(tmp, "fs/outside.nomad.hcl"), FS_JOB('file("../secret.txt")'));
    writeFileSync(path.join(tmp, "fs/symlink.nomad.hcl"), FS_JOB('file("conf/link.txt")'));
    writeFileSync(path.join(tmp, "fs/exists.nomad.hcl"), FS_JOB('fileexists("conf/driver.txt") ? "ecs" : "docker"'));
  });
  const ids = (file: string, extra: string[] = []) => lint([...extra, `fs/${file}`]).results[0]!.messages.map((m) => m.ruleId);

  it("read files below the jobspec's directory", () => {
    expect(ids("inside.nomad.hcl")).toEqual(["remote-resources", "remote-template"]);
    expect(ids("exists.nomad.hcl")).toEqual(["remote-resources", "remote-template"]);
  });

  it("never read outside it, directly or through a symlink", () => {
    const outside = lint(["fs/outside.nomad.hcl"]).results[0]!.messages;
    expect(outside.map((m) => m.ruleId)).toEqual(["unresolved-value"]);
    expect(outside[0]!.message).toContain("the path is outside the jobspec's directory");
    expect(ids("symlink.nomad.hcl")).toEqual(["unresolved-value"]);
  });

  it("are off with --no-fs-functions", () => {
    const off = lint(["--no-fs-functions", "fs/inside.nomad.hcl"]).results[0]!.messages;
    expect(off.map((m) => m.ruleId)).toEqual(["unresolved-value"]);
    expect(off[0]!.message).toContain("filesystem functions are off (--no-fs-functions)");
  });
});
