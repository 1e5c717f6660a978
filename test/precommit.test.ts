import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturesDir, repoRoot } from "./support/paths.js";

const havePreCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0;
// .ci/run installs pre-commit from Debian's package and sets this, so CI cannot skip the test.
const required = process.env["REQUIRE_PRE_COMMIT"] === "1";

function git(args: string[], cwd: string) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
}

describe.skipIf(!havePreCommit && !required)(
  havePreCommit ? "pre-commit runs the hook from this repository" : "pre-commit hook (skipped: pre-commit is not installed; .ci/run installs it)",
  () => {
    let work: string;
    let home: string;
    beforeAll(() => {
      work = mkdtempSync(path.join(tmpdir(), "nrl-precommit-"));
      home = path.join(work, "pre-commit-home");
      const repo = path.join(work, "repo");
      mkdirSync(path.join(repo, "jobs"), { recursive: true });
      copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(repo, "jobs", "web.nomad.hcl"));
      copyFileSync(path.join(fixturesDir, "rules", "remote-artifact", "clean-local-drivers.nomad.hcl"), path.join(repo, "jobs", "batch.nomad.hcl"));
      // A jobspec named *.hcl, and HCL files that are not jobspecs, as repositories hold them.
      copyFileSync(path.join(fixturesDir, "examples", "ecs-web.nomad.hcl"), path.join(repo, "jobs", "api.hcl"));
      mkdirSync(path.join(repo, "agent"));
      writeFileSync(path.join(repo, "agent", "client.hcl"), "client {\n  enabled = true\n}\n");
      writeFileSync(path.join(repo, "prod.vars.hcl"), 'image = "web:2"\n');
      git(["init", "-q"], repo);
      git(["add", "."], repo);
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const tryRepo = (hook: string, files: string[]) =>
      spawnSync("pre-commit", ["try-repo", repoRoot, hook, "--verbose", ...(files.length > 0 ? ["--files", ...files] : ["--all-files"])], {
        cwd: path.join(work, "repo"),
        encoding: "utf8",
        env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: "1" },
        timeout: 600_000,
      });

    it("fails on a jobspec with a remote-task error and shows the diagnostic", () => {
      expect(havePreCommit, "pre-commit must be installed (apt-get install -y pre-commit)").toBe(true);
      const r = tryRepo("nomad-remote-lint", ["jobs/web.nomad.hcl"]);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(1);
      expect(out).toContain("nomad-remote-lint........");
      expect(out).toContain("Failed");
      expect(out).toContain('template in task "server" (driver "ecs") is not rendered');
      expect(out).toContain("remote-template");
    });

    it("passes on a clean jobspec", () => {
      const r = tryRepo("nomad-remote-lint", ["jobs/batch.nomad.hcl"]);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(0);
      expect(out).toContain("Passed");
    });

    it("lints a jobspec named *.hcl and leaves the HCL files that are not jobspecs alone", () => {
      const r = tryRepo("nomad-remote-lint", ["jobs/api.hcl", "agent/client.hcl", "prod.vars.hcl"]);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(1);
      expect(out).toContain("jobs/api.hcl");
      expect(out).toContain('template in task "server" (driver "ecs") is not rendered');
      expect(out).not.toContain("client.hcl");
      expect(out).not.toContain("prod.vars.hcl");
      expect(out).toContain("in 1 linted file");
    });

    it("passes when the changed files hold no jobspec", () => {
      const r = tryRepo("nomad-remote-lint", ["agent/client.hcl", "prod.vars.hcl"]);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(0);
      expect(out).toContain("Passed");
    });

    it("the whole-repository hook lints every jobspec", () => {
      const r = tryRepo("nomad-remote-lint-all", []);
      const out = r.stdout + r.stderr;
      expect(r.status, out).toBe(1);
      expect(out).toContain("jobs/web.nomad.hcl");
      expect(out).toContain("jobs/api.hcl");
      expect(out).not.toContain("client.hcl");
    });
  },
);
