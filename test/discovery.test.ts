import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { writeBelow } from "./support/files.js";
import { corpusDir, corpusPresent, fixturesDir } from "./support/paths.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-discovery-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const JOB = readFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), "utf8");

/** HCL files that are not jobspecs, as repositories hold them beside their jobs. */
const NOT_JOBSPECS: Record<string, string> = {
  "agent/client.hcl": 'client {\n  enabled = true\n  servers = ["10.0.0.1"]\n}\n',
  "agent/server.hcl": "server {\n  enabled          = true\n  bootstrap_expect = 3\n}\n",
  "vars/prod.hcl": 'image = "web:2"\ncount = 3\n',
  "policies/vault.hcl": 'path "secret/data/web/*" {\n  capabilities = ["read"]\n}\n',
  "policies/consul.hcl": 'service "web" {\n  policy = "write"\n}\n',
  "packer/image.pkr.hcl": 'source "docker" "web" {\n  image  = "ubuntu"\n  commit = true\n}\n\nbuild {\n  sources = ["source.docker.web"]\n}\n',
  "terraform/main.hcl": 'resource "nomad_job" "web" {\n  jobspec = <<EOT\njob "web" {\n  datacenters = ["dc1"]\n}\nEOT\n}\n',
  "notes/commented.hcl": '# job "old" {\n/* job "older" { */\nvariable "x" {}\n',
  "notes/in-string.job": 'description = "job \\"x\\" {"\n',
};

/** The files a run linted, relative to `root`. */
function linted(args: string[], root: string, cwd = root): string[] {
  const r = runCli(["--format", "json", ...args], { cwd });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => path.relative(root, x.filePath)).sort();
}

describe("finding jobspecs in a repository", () => {
  let repo: string;
  beforeAll(() => {
    repo = path.join(tmp, "repo");
    mkdirSync(path.join(repo, ".git"), { recursive: true });
    for (const [rel, text] of Object.entries(NOT_JOBSPECS)) writeBelow(repo, rel, text);
    writeBelow(repo, "jobs/web.hcl", JOB);
    writeBelow(repo, "jobs/api.job", JOB);
    writeBelow(repo, "jobs/batch.nomad", JOB);
    writeBelow(repo, "jobs/later.hcl", `${'variable "x" {\n  default = 1\n}\n\n'.repeat(3)}${JOB}`);
    writeBelow(repo, "jobs/vendor/third.hcl", JOB);
    writeBelow(repo, "packs/web.nomad.tpl", 'job "[[ var "name" . ]]" {\n  [[ template "region" . ]]\n}\n');
    writeBelow(repo, "build/out.hcl", JOB);
    writeBelow(repo, ".gitignore", "build/\n");
  });

  it("by name and by content: *.hcl and *.job files with a top-level job block, templates too, nothing else", () => {
    expect(linted([], repo)).toEqual(["jobs/api.job", "jobs/batch.nomad", "jobs/later.hcl", "jobs/vendor/third.hcl", "jobs/web.hcl", "packs/web.nomad.tpl"]);
  });

  it("reports a template once, at info, as a template to render", () => {
    const r = runCli(["--format", "json", "packs"], { cwd: repo });
    expect(r.status).toBe(0);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; severity: string; line: number }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["jobspec-template", "info", 1]]);
  });

  it("skips what .gitignore leaves out, unless --no-gitignore", () => {
    expect(linted(["--no-error-on-unmatched-pattern", "build"], repo)).toEqual([]);
    expect(linted(["--no-gitignore", "build"], repo)).toEqual(["build/out.hcl"]);
    // A file named on the command line is linted, .gitignore or not.
    expect(linted(["build/out.hcl"], repo)).toEqual(["build/out.hcl"]);
  });

  it("expands quoted glob patterns itself, and lints what they match by name and content", () => {
    expect(linted(["jobs/**/*.hcl"], repo)).toEqual(["jobs/later.hcl", "jobs/vendor/third.hcl", "jobs/web.hcl"]);
    expect(linted(["**/*.hcl"], repo)).toEqual(["jobs/later.hcl", "jobs/vendor/third.hcl", "jobs/web.hcl"]);
  });

  it("leaves out --ignore-pattern globs, and a config file's ignores; adds its files", () => {
    expect(linted(["--ignore-pattern", "jobs/vendor/**", "jobs"], repo)).toEqual(["jobs/api.job", "jobs/batch.nomad", "jobs/later.hcl", "jobs/web.hcl"]);
    const configured = path.join(tmp, "configured");
    mkdirSync(path.join(configured, ".git"), { recursive: true });
    writeBelow(configured, ".nomad-remote-lint.json", JSON.stringify({ ignores: ["vendor/"], files: ["**/*.jobspec"] }));
    writeBelow(configured, "vendor/x.nomad.hcl", JOB);
    writeBelow(configured, "apps/web.jobspec", JOB);
    writeBelow(configured, "apps/api.nomad.hcl", JOB);
    expect(linted([], configured)).toEqual(["apps/api.nomad.hcl", "apps/web.jobspec"]);
    const printed = JSON.parse(runCli(["--print-config", "apps/web.jobspec"], { cwd: configured }).stdout) as { files: { pattern: string }[]; ignores: { pattern: string }[] };
    expect([printed.files.map((f) => f.pattern), printed.ignores.map((f) => f.pattern)]).toEqual([["**/*.jobspec"], ["vendor/"]]);
  });

  it("is exit status 2 when the paths lead to no jobspec at all, saying where it looked and for what", () => {
    const r = runCli(["agent", "policies/*.hcl"], { cwd: repo });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'nomad-remote-lint: no jobspec found in "agent", "policies/*.hcl": looked for *.nomad, *.nomad.hcl and *.nomad.json files, and *.hcl, *.job and template files that hold a top-level job block (--no-error-on-unmatched-pattern lets a run find none)\n',
    );
    const allowed = runCli(["--no-error-on-unmatched-pattern", "agent"], { cwd: repo });
    expect([allowed.status, allowed.stdout]).toEqual([0, "✔ no problems in 0 linted files\n"]);
  });

  it("--skip-non-jobspecs leaves out named files that are not jobspecs (what the pre-commit hook passes)", () => {
    expect(linted(["--skip-non-jobspecs", "agent/client.hcl", "vars/prod.hcl", "jobs/web.hcl"], repo)).toEqual(["jobs/web.hcl"]);
    expect(linted(["agent/client.hcl"], repo)).toEqual(["agent/client.hcl"]);
  });

  it("follows no link out of the searched tree, and none into a directory twice", () => {
    const tree = path.join(tmp, "links");
    writeBelow(tree, "inside/a.nomad.hcl", JOB);
    writeBelow(path.join(tmp, "outside"), "secret.nomad.hcl", JOB);
    symlinkSync(path.join(tmp, "outside"), path.join(tree, "out"));
    symlinkSync(path.join(tmp, "outside", "secret.nomad.hcl"), path.join(tree, "inside", "leak.nomad.hcl"));
    symlinkSync("/", path.join(tree, "root"));
    symlinkSync("..", path.join(tree, "inside", "loop"));
    symlinkSync("inside", path.join(tree, "again"));
    expect(linted([], tree)).toEqual(["inside/a.nomad.hcl"]);
    // Named on the command line, a link is followed.
    expect(linted(["inside/leak.nomad.hcl"], tree)).toEqual(["inside/leak.nomad.hcl"]);
  });
});

describe.skipIf(!corpusPresent)(`the corpus as a directory (${corpusDir})`, () => {
  /** The jobspecs of a tree as this test finds them: by name, or a line that starts a top-level job. */
  function expectedJobspecs(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const full = path.join(d, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.nomad(\.hcl|\.json)?$/.test(name)) out.push(full);
        else if (/\.(hcl|job|tpl|tftpl|tmpl)$/.test(name) && /^[ \t]*job\s/m.test(readFileSync(full, "utf8"))) out.push(full);
      }
    };
    walk(dir);
    return out.map((f) => path.relative(dir, f)).sort();
  }

  it("lints every file that holds a top-level job block, and no other", () => {
    const expected = expectedJobspecs(corpusDir);
    expect(expected.length).toBeGreaterThan(590);
    expect(linted([corpusDir], corpusDir, tmp)).toEqual(expected);
  });
});
