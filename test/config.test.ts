import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeBelow } from "./support/files.js";
import { runCli } from "./support/cli.js";

const JOB = `job "api" {
  group "g" {
    task "remote" {
      driver = "ecs"

      template {
        data        = "x"
        destination = "local/x"
      }
    }
  }
}
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-config-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const write = (rel: string, text: string): string => writeBelow(tmp, rel, text);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: string; line: number }[];
  suppressions: { ruleId: string; directive: { kind: string; line: number; column: number; reason?: string } }[];
}

function lintJson(args: string[], cwd = tmp): { status: number | null; results: JsonResult[]; stderr: string } {
  const r = runCli(["--format", "json", ...args], { cwd });
  return { status: r.status, results: r.stdout === "" ? [] : (JSON.parse(r.stdout) as JsonResult[]), stderr: r.stderr };
}

const ruleSeverities = (r: JsonResult) => r.messages.map((m) => `${m.ruleId}:${m.severity}`).sort();

describe("configuration lookup", () => {
  beforeAll(() => {
    // tmp/above has a config outside the repository: the lookup must stop at the .git root.
    write("above/.nomad-remote-lint.json", '{"rules": {"remote-template": "off", "remote-resources": "off"}}');
    mkdirSync(path.join(tmp, "above/repo/.git"), { recursive: true });
    write("above/repo/.nomad-remote-lint.json", '{"rules": {"remote-resources": "info"}}');
    write("above/repo/team/.nomad-remote-lint.json", '{"rules": {"remote-template": "warning"}}');
    write("above/repo/team/sub/job.nomad.hcl", JOB);
    write("above/repo/rooted/.nomad-remote-lint.json", '{"root": true, "rules": {"remote-template": "info"}}');
    write("above/repo/rooted/job.nomad.hcl", JOB);
  });

  it("merges configs from the file's directory up to the repository root, nearer ones winning", () => {
    const { results } = lintJson(["above/repo/team/sub/job.nomad.hcl"]);
    expect(ruleSeverities(results[0]!)).toEqual(["remote-resources:info", "remote-template:warning"]);
  });

  it("stops at a config with root: true", () => {
    const { results } = lintJson(["above/repo/rooted/job.nomad.hcl"]);
    expect(ruleSeverities(results[0]!)).toEqual(["remote-resources:warning", "remote-template:info"]);
  });

  it("--config uses that file alone; --no-config-lookup uses none", () => {
    const only = lintJson(["--config", "above/.nomad-remote-lint.json", "above/repo/team/sub/job.nomad.hcl"]);
    expect(only.results[0]!.messages).toEqual([]);
    expect(only.status).toBe(0);
    const none = lintJson(["--no-config-lookup", "above/repo/team/sub/job.nomad.hcl"]);
    expect(ruleSeverities(none.results[0]!)).toEqual(["remote-resources:warning", "remote-template:error"]);
  });

  it("--rule wins over configuration files", () => {
    const { results } = lintJson(["--rule", "remote-template=info", "--rule", "remote-resources=off", "above/repo/team/sub/job.nomad.hcl"]);
    expect(ruleSeverities(results[0]!)).toEqual(["remote-template:info"]);
  });

  it("--print-config prints the effective configuration of a file", () => {
    const r = runCli(["--print-config", "above/repo/team/sub/job.nomad.hcl", "--nomad-version", "1.8.4"], { cwd: tmp });
    expect(r.status).toBe(0);
    const printed = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, string>; drivers: { name: string }[] };
    expect(printed["configFiles"]).toEqual([
      path.join(tmp, "above/repo/.nomad-remote-lint.json"),
      path.join(tmp, "above/repo/team/.nomad-remote-lint.json"),
    ]);
    expect(printed["nomadVersion"]).toBe("1.8.4");
    expect(printed["ignored"]).toBe(false);
    expect(printed.rules["remote-template"]).toBe("warning");
    expect(printed.rules["remote-resources"]).toBe("info");
    expect(printed.rules["remote-artifact"]).toBe("error");
    expect(printed.drivers.map((d) => d.name)).toContain("ecs");
  });
});

describe("the lookup's boundary", () => {
  beforeAll(() => {
    // No repository anywhere: a config above the working directory turns every rule off.
    write("norepo/.nomad-remote-lint.json", '{"rules": {"remote-template": "off", "remote-resources": "off"}}');
    write("norepo/a/b/c/job.nomad.hcl", JOB);
    write("norepo/a/b/c/.placeholder", "");
    write("elsewhere/job.nomad.hcl", JOB);
    write("secrets/driver.json", '{"name": "SECRET-NAME", "capabilities": {"RemoteTasks": "SECRET-VALUE"}}');
    mkdirSync(path.join(tmp, "project/.git"), { recursive: true });
    write("project/job.nomad.hcl", JOB);
    symlinkSync(path.join(tmp, "secrets", "driver.json"), path.join(tmp, "project", "linked.json"));
  });

  it("outside any repository, does not climb above the working directory", () => {
    const below = lintJson(["job.nomad.hcl"], path.join(tmp, "norepo/a/b/c"));
    expect(ruleSeverities(below.results[0]!)).toEqual(["remote-resources:warning", "remote-template:error"]);
    expect(below.status).toBe(1);
    // Run from the directory that holds it, the config applies.
    const at = lintJson(["a/b/c/job.nomad.hcl"], path.join(tmp, "norepo"));
    expect(at.results[0]!.messages).toEqual([]);
    expect(at.status).toBe(0);
    // A file outside the working directory gets the configs of its own directory only.
    const outside = lintJson([path.join(tmp, "norepo/a/b/c/job.nomad.hcl")], path.join(tmp, "elsewhere"));
    expect(ruleSeverities(outside.results[0]!)).toEqual(["remote-resources:warning", "remote-template:error"]);
  });

  it("a config names driver files inside its repository only, links included, and echoes nothing of them", () => {
    for (const entry of ["../secrets/driver.json", path.join(tmp, "secrets", "driver.json"), "linked.json"]) {
      writeFileSync(path.join(tmp, "project", ".nomad-remote-lint.json"), JSON.stringify({ drivers: [entry] }));
      const r = runCli(["job.nomad.hcl"], { cwd: path.join(tmp, "project") });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `nomad-remote-lint: .nomad-remote-lint.json:1:13: invalid config: /drivers/0: ${JSON.stringify(entry)} is outside the project (.): a config names driver files inside its repository only; give one from elsewhere with --driver-schema\n`,
      );
    }
    // Named on the command line, the file is read; its values are not echoed in the errors.
    const named = runCli(["--driver-schema", path.join(tmp, "secrets", "driver.json"), "job.nomad.hcl"], { cwd: path.join(tmp, "project") });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain("invalid driver file: /capabilities/RemoteTasks:");
    expect(named.stderr).not.toContain("SECRET");
  });
});

describe("overrides, ignorePatterns and drivers", () => {
  beforeAll(() => {
    mkdirSync(path.join(tmp, "mono/.git"), { recursive: true });
    write(
      "mono/.nomad-remote-lint.json",
      JSON.stringify({
        rules: { "remote-template": "warning" },
        overrides: [
          { files: ["legacy/**"], rules: { "remote-template": "off" } },
          { files: ["legacy/keep/*.nomad.hcl"], rules: { "remote-template": "error" } },
        ],
        ignorePatterns: ["generated/", "*.tmp.nomad"],
        drivers: ["drivers/fargate-copy.json", { name: "lambda", capabilities: { RemoteTasks: true } }],
      }),
    );
    write("mono/drivers/fargate-copy.json", '{"name": "fargate-copy", "capabilities": {"RemoteTasks": true}, "provides": ["template"]}');
    write("mono/apps/a.nomad.hcl", JOB);
    write("mono/legacy/b.nomad.hcl", JOB);
    write("mono/legacy/keep/c.nomad.hcl", JOB);
    write("mono/generated/d.nomad.hcl", JOB);
    write("mono/e.tmp.nomad", JOB);
    write("mono/apps/lambda.nomad.hcl", JOB.replace('"ecs"', '"lambda"'));
    write("mono/apps/copy.nomad.hcl", JOB.replace('"ecs"', '"fargate-copy"'));
  });

  it("applies overrides by glob relative to the config, later entries winning", () => {
    const { results } = lintJson(["mono"]);
    const byFile = Object.fromEntries(results.map((r) => [path.relative(path.join(tmp, "mono"), r.filePath), ruleSeverities(r)]));
    expect(byFile["apps/a.nomad.hcl"]).toEqual(["remote-resources:warning", "remote-template:warning"]);
    expect(byFile["legacy/b.nomad.hcl"]).toEqual(["remote-resources:warning"]);
    expect(byFile["legacy/keep/c.nomad.hcl"]).toEqual(["remote-resources:warning", "remote-template:error"]);
  });

  it("skips files matching ignorePatterns, and says so for a file named explicitly", () => {
    const { results } = lintJson(["mono"]);
    const files = results.map((r) => path.relative(path.join(tmp, "mono"), r.filePath));
    expect(files).not.toContain("generated/d.nomad.hcl");
    expect(files).not.toContain("e.tmp.nomad");
    const explicit = lintJson(["mono/generated/d.nomad.hcl"]);
    expect(explicit.results).toEqual([]);
    expect(explicit.stderr).toMatch(/generated\/d\.nomad\.hcl is ignored by an ignores entry in .*\.nomad-remote-lint\.json/);
  });

  it("loads driver files relative to the config and inline driver objects", () => {
    const { results } = lintJson(["mono/apps/lambda.nomad.hcl", "mono/apps/copy.nomad.hcl"]);
    const byFile = Object.fromEntries(results.map((r) => [path.basename(r.filePath), ruleSeverities(r)]));
    expect(byFile["lambda.nomad.hcl"]).toEqual(["remote-resources:warning", "remote-template:warning"]);
    expect(byFile["copy.nomad.hcl"]).toEqual(["remote-resources:warning"]);
  });
});

describe("invalid configuration: exit 2 with file, position, JSON pointer and what was expected", () => {
  const cases: [string, string, string][] = [
    ["unknown rule id", '{\n  "rules": {\n    "remote-templte": "off"\n  }\n}\n', 'bad.json:3:5: invalid config: /rules/remote-templte: unknown rule "remote-templte" (did you mean "remote-template"?)'],
    ["wrong type", '{"rules": ["remote-template"]}', 'bad.json:1:11: invalid config: /rules: expected an object, got an array'],
    ["unknown key", '{"rule": {}}', 'bad.json:1:2: invalid config: /rule: unexpected property "rule" (did you mean "rules"?)'],
    ["bad severity", '{"rules": {"remote-vault": "warn"}}', 'bad.json:1:28: invalid config: /rules/remote-vault: expected one of "off", "info", "warning", "error", got "warn" (did you mean "warning"?)'],
    ["unreadable JSON", '{"rules": {"remote-vault": "off",}}', "bad.json:1:34: invalid config: expected a property name in double quotes"],
    ["bad version", '{"nomadVersion": "latest"}', 'bad.json:1:18: invalid config: /nomadVersion: "latest" does not match the pattern "^v?\\\\d+\\\\.\\\\d+(\\\\.\\\\d+)?$"'],
    ["invalid inline driver", '{"drivers": [{"name": "x", "capabilities": {}}]}', 'bad.json:1:44: invalid config: /drivers/0/capabilities: missing required property "RemoteTasks"'],
    ["override without files", '{"overrides": [{"rules": {}}]}', 'bad.json:1:16: invalid config: /overrides/0: missing required property "files"'],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    const dir = path.join(tmp, "bad", _name.replace(/\s+/g, "-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "bad.json"), text);
    writeFileSync(path.join(dir, "job.nomad.hcl"), JOB);
    const r = runCli(["--config", "bad.json", "job.nomad.hcl"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n")).toContain(`nomad-remote-lint: ${expected}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a driver path that does not exist", () => {
    const dir = path.join(tmp, "bad", "driver-path");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, ".nomad-remote-lint.json"), '{"drivers": ["nope.json"]}');
    writeFileSync(path.join(dir, "job.nomad.hcl"), JOB);
    const r = runCli(["job.nomad.hcl"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("nomad-remote-lint: nope.json: cannot read driver file: no such file or directory\n");
  });

  it("a --config file that does not exist, a bad --rule, a bad --nomad-version", () => {
    expect(runCli(["--config", "missing.json", "."], { cwd: tmp }).stderr).toBe("nomad-remote-lint: no such config file: missing.json\n");
    expect(runCli(["--rule", "remote-templte=off", "."], { cwd: tmp }).stderr).toBe('nomad-remote-lint: unknown rule "remote-templte" in --rule (did you mean "remote-template"?)\n');
    expect(runCli(["--rule", "zzzz=off", "."], { cwd: tmp }).stderr).toBe("nomad-remote-lint: unknown rule \"zzzz\" in --rule; nomad-remote-lint --list-rules lists them\n");
    expect(runCli(["--rule", "remote-template", "."], { cwd: tmp }).stderr).toContain("--rule needs <id>=<severity>");
    expect(runCli(["--rule", "remote-template=loud", "."], { cwd: tmp }).stderr).toContain("must be one of off, info, warning, error");
    const v = runCli(["--nomad-version", "latest", "."], { cwd: tmp });
    expect(v.status).toBe(2);
    expect(v.stderr).toBe('nomad-remote-lint: the Nomad version must look like 1.8.4, got "latest"\n');
  });
});

describe("suppressions through the CLI", () => {
  const SUPPRESSED = `job "s" {
  group "g" {
    task "t" {
      driver = "ecs"

      # nomad-remote-lint-disable-next-line remote-template -- rendered by the image
      template {
        data = "x"
      }

      resources {
        cpu    = 1
        memory = 10
      }
    }
  }
}
`;
  let file: string;
  beforeAll(() => {
    mkdirSync(path.join(tmp, "supp/.git"), { recursive: true });
    file = write("supp/s.nomad.hcl", SUPPRESSED);
  });

  it("lists suppressed findings with their directive and reason; they do not count for the exit code", () => {
    const { status, results } = lintJson([file]);
    expect(status).toBe(0);
    expect(results[0]!.messages).toEqual([]);
    expect(results[0]!.suppressions).toMatchObject([
      { ruleId: "remote-template", line: 7, directive: { kind: "disable-next-line", line: 6, column: 7, reason: "rendered by the image" } },
    ]);
  });

  it("--no-inline-config ignores directives", () => {
    const { status, results } = lintJson(["--no-inline-config", file]);
    expect(status).toBe(1);
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(["remote-template"]);
    expect(results[0]!.suppressions).toEqual([]);
  });

  it("--require-disable-reason reports directives without a reason", () => {
    const bare = write("supp/bare.nomad.hcl", SUPPRESSED.replace(" -- rendered by the image", ""));
    const { results } = lintJson(["--require-disable-reason", bare]);
    expect(results[0]!.messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual(["missing-disable-reason@6"]);
    expect(lintJson([file, "--require-disable-reason"]).results[0]!.messages).toEqual([]);
  });

  it("--report-unused-disable-directives off turns off unused-disable", () => {
    const unused = write("supp/unused.nomad.hcl", SUPPRESSED.replace("remote-template --", "remote-vault --"));
    expect(lintJson([unused]).results[0]!.messages.map((m) => m.ruleId)).toEqual(["unused-disable", "remote-template"]);
    expect(lintJson([unused, "--report-unused-disable-directives", "off"]).results[0]!.messages.map((m) => m.ruleId)).toEqual(["remote-template"]);
  });
});

describe("Nomad version targets", () => {
  let file: string;
  beforeAll(() => {
    mkdirSync(path.join(tmp, "ver/.git"), { recursive: true });
    file = write("ver/job.nomad.hcl", JOB);
  });
  const ids = (args: string[]) => lintJson([...args, file]).results[0]!.messages.map((m) => m.ruleId).sort();

  it("below 1.1.0: remote-tasks-unavailable", () => {
    expect(ids(["--nomad-version", "1.0.6"])).toEqual(["remote-resources", "remote-tasks-unavailable", "remote-template"]);
  });
  it("within 1.1 to 1.9: neither version rule", () => {
    expect(ids(["--nomad-version", "1.1.0"])).toEqual(["remote-resources", "remote-template"]);
    expect(ids(["--nomad-version", "1.9.7"])).toEqual(["remote-resources", "remote-template"]);
  });
  it("1.10 and later: remote-tasks-removed", () => {
    expect(ids(["--nomad-version", "1.10.0"])).toEqual(["remote-resources", "remote-tasks-removed", "remote-template"]);
    expect(ids(["--nomad-version", "v2.0.0-beta.1"])).toEqual(["remote-resources", "remote-tasks-removed", "remote-template"]);
  });
  it("without a target: neither", () => {
    expect(ids([])).toEqual(["remote-resources", "remote-template"]);
  });
  it("the command line wins over nomadVersion in a config", () => {
    write("ver/.nomad-remote-lint.json", '{"nomadVersion": "1.10.2"}');
    expect(ids([])).toContain("remote-tasks-removed");
    expect(ids(["--nomad-version", "1.8.0"])).not.toContain("remote-tasks-removed");
  });
});

describe("rule information", () => {
  it("--list-rules prints id, default severity and description of every rule", () => {
    const r = runCli(["--list-rules"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^remote-template\s+error\s+template blocks in remote tasks/m);
    expect(r.stdout).toMatch(/^unused-disable\s+warning\s+/m);
  });

  it("--explain prints the rule's documentation, and suggests the closest id for a typo", () => {
    const r = runCli(["--explain", "remote-vault"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("remote-vault (default severity: warning)");
    expect(r.stdout).toContain("Why:");
    expect(r.stdout).toContain("https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/vault");
    const typo = runCli(["--explain", "remote-valut"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('unknown rule "remote-valut" (did you mean "remote-vault"?)');
  });
});
