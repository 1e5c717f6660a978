import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAction } from "../scripts/build-action.js";
import { fixturesDir, repoRoot } from "./support/paths.js";

const bundle = path.join(repoRoot, "action", "dist", "index.cjs");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-action-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the action bundle", () => {
  it("is up to date with the sources (rebuild with: npm run build:action)", async () => {
    const out = path.join(tmp, "fresh");
    const files = await buildAction(repoRoot, out);
    for (const f of files) {
      const committed = readFileSync(path.join(repoRoot, "action", f));
      expect(readFileSync(path.join(out, f)).equals(committed), `action/${f} is stale: run npm run build:action`).toBe(true);
    }
  });

  it("action.yml runs the bundle on node24 and declares the inputs and outputs the entry uses", () => {
    const yml = readFileSync(path.join(repoRoot, "action.yml"), "utf8");
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: action\/dist\/index\.cjs$/m);
    for (const input of ["paths", "config", "driver-schema", "nomad-version", "var-file", "fail-on", "sarif-file", "working-directory"]) {
      expect(yml).toMatch(new RegExp(`^  ${input}:$`, "m"));
    }
    for (const output of ["error-count", "warning-count", "sarif-file"]) expect(yml).toMatch(new RegExp(`^  ${output}:\\n    description:`, "m"));
  });
});

interface Run {
  status: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the bundled entry the way the runner does: inputs in INPUT_*, files for outputs and summary. */
function runAction(name: string, inputs: Record<string, string>, setup: (ws: string) => void): Run {
  const dir = path.join(tmp, name);
  const ws = path.join(dir, "workspace");
  mkdirSync(ws, { recursive: true });
  setup(ws);
  const summary = path.join(dir, "summary.md");
  const output = path.join(dir, "output.txt");
  writeFileSync(summary, "");
  writeFileSync(output, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    GITHUB_WORKSPACE: ws,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_REPOSITORY: "acme/jobs",
    GITHUB_SHA: "0123abcd",
    GITHUB_SERVER_URL: "https://github.com",
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [bundle], { cwd: ws, env, encoding: "utf8", timeout: 60_000 });
  const outputs = Object.fromEntries(
    readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
  return { status: r.status, stdout: r.stdout + r.stderr, summary: readFileSync(summary, "utf8"), outputs };
}

describe("running the action", () => {
  it("annotates errors first, writes the summary, the outputs and SARIF, and fails on errors", () => {
    const r = runAction("basic", { paths: "jobs", "sarif-file": "out/report.sarif" }, (ws) => {
      mkdirSync(path.join(ws, "jobs"));
      copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(ws, "jobs", "web.nomad.hcl"));
    });
    expect(r.status).toBe(1);
    const commands = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(commands.map((c) => c.slice(0, c.indexOf(" ")))).toEqual(["::error", "::error", "::warning", "::warning", "::warning"]);
    expect(commands[0]).toBe(
      '::error file=jobs/web.nomad.hcl,line=18,endLine=18,col=7,endColumn=14,title=remote-connect (nomad-remote-lint)::connect in service "api" of group "api" cannot reach its tasks: every task of the group is remote and the sidecar runs on the Nomad client',
    );
    expect(r.stdout).toContain("nomad-remote-lint: 1 file, 2 errors, 3 warnings, 0 notes");
    expect(r.summary).toContain("| Location | Severity | Rule | Message |");
    expect(r.summary).toContain("[`jobs/web.nomad.hcl:33:7`](https://github.com/acme/jobs/blob/0123abcd/jobs/web.nomad.hcl#L33) | error | `remote-template` |");
    expect(r.outputs).toEqual({ "error-count": "2", "warning-count": "3", "sarif-file": path.join(tmp, "basic", "workspace", "out", "report.sarif") });
    const sarif = JSON.parse(readFileSync(r.outputs["sarif-file"]!, "utf8")) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(5);
  });

  it("stays within GitHub's 10 errors and 10 warnings per step, says so, and lists everything in the summary", () => {
    const r = runAction("many", { "fail-on": "never" }, (ws) => {
      for (let i = 0; i < 8; i++) copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(ws, `web${i}.nomad.hcl`));
    });
    expect(r.status).toBe(0);
    const commands = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(commands.filter((c) => c.startsWith("::error ")).length).toBe(10);
    expect(commands.filter((c) => c.startsWith("::warning ")).length).toBe(10);
    expect(r.stdout).toContain("20 more findings not annotated");
    expect(r.summary.split("\n").filter((l) => l.startsWith("| [`web")).length).toBe(40);
    expect(r.summary).toContain("20 findings are not annotated on the diff");
  });

  it("fails on warnings only with fail-on: warning, and says so for a clean run", () => {
    const warningsOnly = (ws: string) =>
      writeFileSync(path.join(ws, "w.nomad.hcl"), 'job "w" {\n  group "g" {\n    task "t" {\n      driver = "ecs"\n      resources {\n        cpu    = 5\n        memory = 10\n      }\n    }\n  }\n}\n');
    expect(runAction("warn-error", {}, warningsOnly).status).toBe(0);
    expect(runAction("warn-warning", { "fail-on": "warning" }, warningsOnly).status).toBe(1);
    const clean = runAction("clean", {}, (ws) => copyFileSync(path.join(fixturesDir, "rules", "remote-artifact", "clean-local-drivers.nomad.hcl"), path.join(ws, "c.nomad.hcl")));
    expect(clean.status).toBe(0);
    expect(clean.summary).toContain("No problems found.");
    expect(clean.outputs["error-count"]).toBe("0");
  });

  it("passes config, nomad-version, driver-schema and var-file through, relative to working-directory", () => {
    const r = runAction("inputs", { "working-directory": "deploy", "nomad-version": "1.10.0", "driver-schema": "lambda.json", "var-file": "prod.hcl" }, (ws) => {
      mkdirSync(path.join(ws, "deploy"));
      writeFileSync(path.join(ws, "deploy", "lambda.json"), '{"name": "lambda", "capabilities": {"RemoteTasks": true}}');
      writeFileSync(path.join(ws, "deploy", "prod.hcl"), 'driver = "lambda"\n');
      writeFileSync(path.join(ws, "deploy", "fn.nomad.hcl"), 'variable "driver" {}\njob "fn" {\n  group "g" {\n    task "f" {\n      driver = var.driver\n      resources {\n        cpu    = 1\n        memory = 10\n      }\n    }\n  }\n}\n');
    });
    expect(r.stdout).toContain("::error file=deploy/fn.nomad.hcl,line=5,endLine=5,col=7,endColumn=26,title=remote-tasks-removed (nomad-remote-lint)::Nomad 1.10 removed remote task support");
    expect(r.status).toBe(1);
  });

  it("finds jobspecs named *.hcl and *.job by their content, as the command line does, and says how many it linted", () => {
    const r = runAction("hcl-names", {}, (ws) => {
      mkdirSync(path.join(ws, "jobs"));
      copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(ws, "jobs", "web.hcl"));
      copyFileSync(path.join(fixturesDir, "rules", "remote-artifact", "clean-local-drivers.nomad.hcl"), path.join(ws, "jobs", "batch.job"));
      mkdirSync(path.join(ws, "agent"));
      writeFileSync(path.join(ws, "agent", "client.hcl"), "client {\n  enabled = true\n}\n");
    });
    expect(r.status).toBe(1);
    const commands = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(commands.length).toBe(5);
    expect(commands.every((c) => c.includes("file=jobs/web.hcl,"))).toBe(true);
    expect(r.stdout).toContain("nomad-remote-lint: 2 files, 2 errors, 3 warnings, 0 notes");
    expect(r.summary).toContain("2 files linted: 2 errors, 3 warnings, 0 notes.");
  });

  it("fails when the paths hold no jobspec, saying where it looked", () => {
    const r = runAction("none", { paths: "agent" }, (ws) => {
      mkdirSync(path.join(ws, "agent"));
      writeFileSync(path.join(ws, "agent", "client.hcl"), "client {\n  enabled = true\n}\n");
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('::error title=nomad-remote-lint::no jobspec found in "agent": looked for');
  });

  it("escapes hostile file names in annotation properties", () => {
    const r = runAction("escape", {}, (ws) => copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(ws, "a,b:c%.nomad.hcl")));
    expect(r.stdout).toContain("::error file=a%2Cb%3Ac%25.nomad.hcl,line=18,");
  });

  it("reports a bad input as an error annotation and exit status 2", () => {
    const bad = runAction("bad-input", { "fail-on": "sometimes" }, () => undefined);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain("::error::fail-on must be error, warning or never");
    const missing = runAction("missing-path", { paths: "nope" }, () => undefined);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("::error title=nomad-remote-lint::no such file or directory: nope");
  });
});
