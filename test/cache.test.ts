import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ResultCache, SETTLED_MS } from "../src/run/cache.js";
import { runCli } from "./support/cli.js";
import { fixturesDir } from "./support/paths.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-cache-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MODE = `\nvariable "mode" {\n  type    = string\n  default = "dev"\n}\n`;

/**
 * A project with a few jobspecs (each declaring the variable "mode"), a config file, and a
 * driver name read through file().
 */
function project(name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, "jobs"), { recursive: true });
  const copy = (from: string, to: string) => writeFileSync(path.join(dir, "jobs", to), readFileSync(path.join(fixturesDir, from), "utf8") + MODE);
  copy(path.join("examples", "ecs-web.nomad.hcl"), "web.nomad.hcl");
  copy(path.join("rules", "remote-artifact", "clean-local-drivers.nomad.hcl"), "batch.nomad.hcl");
  writeFileSync(path.join(dir, "jobs", "driver.txt"), "docker\n");
  writeFileSync(
    path.join(dir, "jobs", "uses-file.nomad.hcl"),
    `job "f" {\n  group "g" {\n    task "t" {\n      driver = trimspace(file("driver.txt"))\n\n      template {\n        data        = var.mode\n        destination = "local/mode"\n      }\n    }\n  }\n}\n${MODE}`,
  );
  writeFileSync(path.join(dir, ".nomad-remote-lint.json"), JSON.stringify({ root: true, rules: {} }));
  return dir;
}

/** How many files the run linted (not taken from the cache), from --debug. */
function linted(stderr: string): number {
  const m = /debug: linted (\d+) of (\d+) files/.exec(stderr);
  if (m === null) throw new Error(`no debug line in: ${stderr}`);
  return Number(m[1]);
}

/** How many cached results the run took without reading their files, from --debug. */
function unread(stderr: string): number {
  const m = /debug: (\d+) cached results of files untouched since they were read/.exec(stderr);
  if (m === null) throw new Error(`no debug line in: ${stderr}`);
  return Number(m[1]);
}

/** Waits until every file below `dir` last changed SETTLED_MS ago, so that the cache may go by its status. */
function settle(dir: string): void {
  const changed = (readdirSync(dir, { recursive: true }) as string[]).map((f) => {
    const st = statSync(path.join(dir, f));
    return Math.max(st.mtimeMs, st.ctimeMs);
  });
  const wait = Math.max(...changed) + SETTLED_MS + 50 - Date.now();
  if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
}

const run = (dir: string, extra: string[] = []) => runCli(["--cache", "--debug", "--format", "json", ...extra, "jobs"], { cwd: dir });

describe("--cache", () => {
  it("reuses results of unchanged files, keyed by content, not modification time", () => {
    const dir = project("content");
    const first = run(dir);
    expect(linted(first.stderr)).toBe(3);
    const second = run(dir);
    expect(linted(second.stderr)).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.status).toBe(first.status);
    // A new modification time alone (a git checkout) changes nothing.
    const later = new Date(Date.now() + 60_000);
    for (const f of readdirSync(path.join(dir, "jobs"))) utimesSync(path.join(dir, "jobs", f), later, later);
    expect(linted(run(dir).stderr)).toBe(0);
    // Changed content is linted again, the others still come from the cache.
    const web = path.join(dir, "jobs", "web.nomad.hcl");
    writeFileSync(web, readFileSync(web, "utf8").replace("cpu    = 500", "cpu    = 1"));
    const third = run(dir);
    expect(linted(third.stderr)).toBe(1);
    expect(third.stdout).not.toContain("cpu = 500");
  });

  it("takes the results of files untouched since it read them without reading them again", () => {
    const dir = project("status");
    const web = path.join(dir, "jobs", "web.nomad.hcl");
    // A whole second, which the modification time can be set back to exactly.
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(web, hourAgo, hourAgo);
    settle(dir);
    const first = run(dir);
    expect([linted(first.stderr), unread(first.stderr)]).toEqual([3, 0]);
    const second = run(dir);
    expect([linted(second.stderr), unread(second.stderr)]).toEqual([0, 3]);
    expect(second.stdout).toBe(first.stdout);
    // Other content of the same size, the modification time set back: the change time tells.
    const before = statSync(web);
    writeFileSync(web, readFileSync(web, "utf8").replace("cpu    = 500", "cpu    = 900"));
    utimesSync(web, hourAgo, hourAgo);
    expect([statSync(web).size, statSync(web).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const third = run(dir);
    expect([linted(third.stderr), unread(third.stderr)]).toEqual([1, 2]);
    expect(third.stdout).toContain("cpu = 900");
    expect(third.stdout).not.toContain("cpu = 500");
    // The reports that show the text read the files with findings, and match a run without the cache.
    for (const format of ["stylish", "sarif"]) {
      const args = ["--format", format, "--no-color", "jobs"];
      const cached = runCli(["--cache", "--debug", ...args], { cwd: dir });
      expect(linted(cached.stderr), format).toBe(0);
      expect(cached.stdout, format).toBe(runCli(args, { cwd: dir }).stdout);
    }
    // A damaged list of contents is reported and rebuilt; the results still come by content.
    settle(dir);
    const contents = path.join(dir, ".nomad-remote-lint-cache", "contents.tsv");
    appendFileSync(contents, "not a line of contents\n");
    const damaged = run(dir);
    expect(damaged.stderr).toContain(`the cache file ${contents} is damaged, or was not written by this machine's linter; it is rebuilt`);
    expect([linted(damaged.stderr), unread(damaged.stderr)]).toEqual([0, 0]);
    expect(damaged.stdout).toBe(third.stdout);
    expect(unread(run(dir).stderr)).toBe(3);
  });

  it("goes by a file's status only once the file has settled", () => {
    const dir = path.join(tmp, "settling");
    mkdirSync(dir);
    const file = path.join(dir, "a.nomad.hcl");
    writeFileSync(file, "job");
    const st = statSync(file);
    const digest = ResultCache.contentDigest(readFileSync(file));
    const warnings: string[] = [];
    const cache = ResultCache.open(path.join(dir, "cache"), (m) => warnings.push(m))!;
    cache.remember(file, st, digest, Math.max(st.mtimeMs, st.ctimeMs) + SETTLED_MS - 1);
    expect(cache.unchangedDigest(file)).toBeUndefined();
    cache.remember(file, st, digest, Math.max(st.mtimeMs, st.ctimeMs) + SETTLED_MS);
    expect(cache.unchangedDigest(file)).toBe(digest);
    cache.save();
    const reopened = ResultCache.open(path.join(dir, "cache"), (m) => warnings.push(m))!;
    expect(reopened.unchangedDigest(file)).toBe(digest);
    expect(reopened.unchangedDigest(path.join(dir, "other.nomad.hcl"))).toBeUndefined();
    appendFileSync(file, " ");
    expect(reopened.unchangedDigest(file)).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("gives every format the same report from the cache as without it", () => {
    const dir = project("formats");
    run(dir);
    for (const format of ["stylish", "sarif", "github", "compact", "junit", "checkstyle", "json"]) {
      const args = ["--format", format, "--no-color", "jobs"];
      const plain = runCli(args, { cwd: dir });
      const cached = runCli(["--cache", "--debug", ...args], { cwd: dir });
      expect(linted(cached.stderr), format).toBe(0);
      expect(cached.stdout, format).toBe(plain.stdout);
      expect(cached.status, format).toBe(plain.status);
    }
  });

  it("keeps a result that read a file through file() while that file is unchanged", () => {
    const dir = project("fs");
    const rulesOf = (stdout: string) =>
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[]).find((r) => r.filePath.endsWith("uses-file.nomad.hcl"))!.messages.map((m) => m.ruleId);
    expect(rulesOf(run(dir).stdout)).toEqual([]);
    expect(linted(run(dir).stderr)).toBe(0);
    writeFileSync(path.join(dir, "jobs", "driver.txt"), "ecs\n");
    const changed = run(dir);
    expect(linted(changed.stderr)).toBe(1);
    expect(rulesOf(changed.stdout)).toEqual(["remote-resources", "remote-template"]);
    expect(linted(run(dir).stderr)).toBe(0);
  });

  it("is keyed by the configuration, the options and the variables", () => {
    const dir = project("keys");
    run(dir);
    expect(linted(run(dir).stderr)).toBe(0);
    writeFileSync(path.join(dir, ".nomad-remote-lint.json"), JSON.stringify({ root: true, rules: { "remote-network": "off" } }));
    const changed = run(dir);
    expect(linted(changed.stderr)).toBe(3);
    expect(changed.stdout).not.toContain("remote-network");
    expect(linted(run(dir, ["--rule", "remote-template=warning"]).stderr)).toBe(3);
    expect(linted(run(dir, ["--nomad-version", "1.8.0"]).stderr)).toBe(3);
    expect(linted(run(dir, ["--var", "mode=prod"]).stderr)).toBe(3);
    writeFileSync(path.join(dir, "prod.vars.hcl"), 'mode = "prod"\n');
    expect(linted(run(dir, ["--var-file", "prod.vars.hcl"]).stderr)).toBe(3);
    expect(linted(run(dir, ["--var-file", "prod.vars.hcl"]).stderr)).toBe(0);
    writeFileSync(path.join(dir, "prod.vars.hcl"), 'mode = "staging"\n');
    expect(linted(run(dir, ["--var-file", "prod.vars.hcl"]).stderr)).toBe(3);
    expect(linted(run(dir, ["--var-file", "prod.vars.hcl"]).stderr)).toBe(0);
    expect(linted(runCli(["--cache", "--debug", "--format", "json", "--var", "mode=prod", "jobs"], { cwd: dir, env: { NOMAD_VAR_mode: "x" } }).stderr)).toBe(3);
  });

  it("a damaged or foreign cache file is reported, ignored and rebuilt", () => {
    const dir = project("damaged");
    const first = run(dir);
    const file = path.join(dir, ".nomad-remote-lint-cache", "results.tsv");
    expect(existsSync(file)).toBe(true);
    const whole = readFileSync(file, "utf8");
    // Cut short: the last line loses its end.
    writeFileSync(file, whole.slice(0, -20));
    const damaged = run(dir);
    expect(damaged.stderr).toContain(`the cache file ${file} is damaged; it is rebuilt`);
    expect(linted(damaged.stderr)).toBe(3);
    expect(damaged.stdout).toBe(first.stdout);
    expect(linted(run(dir).stderr)).toBe(0);
    writeFileSync(file, JSON.stringify({ something: "else" }));
    const foreign = run(dir);
    expect(foreign.stderr).toContain(`${file} is not a nomad-remote-lint cache; it is rebuilt`);
    expect(linted(foreign.stderr)).toBe(3);
    writeFileSync(file, "");
    expect(run(dir).stderr).toContain(`${file} is not a nomad-remote-lint cache; it is rebuilt`);
    // Lines that look whole but whose findings were changed (their digest no longer matches)
    // are not trusted either, nor are lines with a meta part of the wrong shape.
    const good = readFileSync(file, "utf8");
    expect(good.split("\n").length).toBe(5);
    const forgeries = [
      good.replace(/"ruleId":"remote-template"/g, '"ruleId":7'),
      good.replace(/"counts":\[/g, '"counts":["x",'),
      good.replace(/\t\{"counts"/g, "\t{counts"),
      // A clean result forged in place: counts zeroed, findings emptied, the old code kept.
      good.replace(/"counts":\[[\d,]+\]/g, '"counts":[0,0,0,0,0]').replace(/\t\[.*$/gm, "\t[]"),
    ];
    for (const forged of forgeries) {
      expect(forged).not.toBe(good);
      writeFileSync(file, forged);
      const r = run(dir);
      expect(r.stderr).toContain("is damaged, or holds entries this machine's linter did not write (a cache committed into the checkout, say); it is rebuilt");
      expect(r.stdout).toBe(first.stdout);
      // Rebuilt: the entries checked and used before the damaged one showed are kept.
      const lines = (text: string) => text.split("\n").sort();
      expect(lines(readFileSync(file, "utf8"))).toEqual(lines(good));
      expect(linted(run(dir).stderr)).toBe(0);
    }
  });

  it("a cache that cannot be written is reported, the report still printed, and the run ends with status 2", () => {
    const dir = project("unwritable");
    const plain = runCli(["--format", "json", "jobs"], { cwd: dir });
    writeFileSync(path.join(dir, "in-the-way"), "");
    mkdirSync(path.join(dir, "dir-cache", "results.tsv"), { recursive: true });
    for (const [location, reason] of [
      ["in-the-way", "a file is where a directory should be"],
      ["dir-cache", "is a directory"],
    ] as const) {
      const r = run(dir, ["--cache-location", location]);
      expect(r.stderr).toContain(`the cache cannot be written to ${path.join(dir, location, "results.tsv")} (${reason}); this run's results are not kept`);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.status).toBe(2);
    }
    expect(readdirSync(path.join(dir, "dir-cache"))).toEqual(["results.tsv"]);
  });

  it("goes to --cache-location, else node_modules/.cache/nomad-remote-lint when node_modules exists", () => {
    const dir = project("location");
    run(dir, ["--cache-location", "cachedir"]);
    expect(existsSync(path.join(dir, "cachedir", "results.tsv"))).toBe(true);
    mkdirSync(path.join(dir, "node_modules"));
    run(dir);
    expect(existsSync(path.join(dir, "node_modules", ".cache", "nomad-remote-lint", "results.tsv"))).toBe(true);
  });
});

describe("what a run writes", () => {
  /** Path, size, mode, modification time and content digest of every entry below `dir`. */
  function snapshot(dir: string): Map<string, string> {
    const out = new Map<string, string>();
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const full = path.join(d, name);
        const st = statSync(full);
        const digest = st.isFile() ? createHash("sha256").update(readFileSync(full)).digest("hex") : "dir";
        out.set(path.relative(dir, full), `${st.size} ${st.mode} ${st.mtimeMs} ${digest}`);
        if (st.isDirectory()) walk(full);
      }
    };
    walk(dir);
    return out;
  }

  it("changes nothing it reads; the cache directory is all it creates, the report only where asked", () => {
    const dir = project("untouched");
    writeFileSync(path.join(dir, "prod.vars.hcl"), 'mode = "prod"\n');
    const before = snapshot(dir);
    const r = runCli(["--cache", "--var-file", "prod.vars.hcl", "--format", "json", "jobs", "prod.vars.hcl"], { cwd: dir });
    expect(r.status).toBe(1);
    const after = snapshot(dir);
    for (const [p, s] of before) expect(after.get(p), p).toBe(s);
    const created = [...after.keys()].filter((p) => !before.has(p)).sort();
    // contents.tsv only when the files had settled before the run read them (see SETTLED_MS).
    expect(created.filter((p) => !p.endsWith("contents.tsv"))).toEqual([".nomad-remote-lint-cache", path.join(".nomad-remote-lint-cache", "results.tsv")]);
    expect(created.every((p) => p.startsWith(".nomad-remote-lint-cache"))).toBe(true);
    const plain = project("untouched-plain");
    const beforePlain = snapshot(plain);
    runCli(["--format", "sarif", "--output-file", "out/report.sarif", "jobs"], { cwd: plain });
    const afterPlain = snapshot(plain);
    for (const [p, s] of beforePlain) expect(afterPlain.get(p), p).toBe(s);
    expect([...afterPlain.keys()].filter((p) => !beforePlain.has(p)).sort()).toEqual(["out", path.join("out", "report.sarif")]);
  });
});

describe("--concurrency", () => {
  it("gives the same report whatever the number of threads", () => {
    const outputs = ["off", "2", "3", "auto"].map((c) => runCli(["--concurrency", c, "--format", "json", "fixtures"]));
    for (const o of outputs) expect(o.status).toBe(outputs[0]!.status);
    for (const o of outputs.slice(1)) expect(o.stdout).toBe(outputs[0]!.stdout);
    expect(JSON.parse(outputs[0]!.stdout).length).toBeGreaterThan(50);
  });

  it("uses worker threads for many files and one thread for a handful", () => {
    const many = runCli(["--concurrency", "2", "--debug", "--format", "json", "fixtures"]);
    expect(many.stderr).toMatch(/on 2 threads \(\d+ \+ \d+\)/);
    const split = /\((\d+) \+ (\d+)\)/.exec(many.stderr)!;
    expect(Number(split[1])).toBeGreaterThan(0);
    expect(Number(split[2])).toBeGreaterThan(0);
    const few = runCli(["--debug", "--format", "json", "fixtures/examples"]);
    expect(few.stderr).toContain("on 1 thread ");
  });

  it("rejects a value that is not a positive number, off or auto", () => {
    for (const bad of ["0", "-1", "two", "1.5"]) {
      const r = runCli(["--concurrency", bad, "fixtures/examples"]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain("--concurrency");
    }
  });
});

describe("a cache that this machine's linter did not write", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

  it("committed into a pull request's checkout, with a clean result forged for a file with errors, is not trusted", () => {
    // The attacker's machine: its own key, its own cache of the repository, then a forgery.
    const repo = project("committed");
    const attacker = path.join(tmp, "attacker-home");
    const victim = path.join(tmp, "victim-home");
    const honest = runCli(["--cache", "--cache-location", ".nomad-remote-lint-cache", "--format", "json", "jobs"], { cwd: repo, env: { XDG_CACHE_HOME: attacker } });
    expect(honest.status).toBe(1);
    const results = path.join(repo, ".nomad-remote-lint-cache", "results.tsv");
    writeFileSync(results, readFileSync(results, "utf8").replace(/"counts":\[[\d,]+\]/g, '"counts":[0,0,0,0,0]').replace(/\t\[.*$/gm, "\t[]"));
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "jobs and a cache");
    // The victim's CI: a fresh clone at the same path (a runner's checkout path is known), the
    // linter with the machine's own key.
    const origin = `${repo}-origin`;
    renameSync(repo, origin);
    const clone = repo;
    git(tmp, "clone", "-q", origin, clone);
    expect(existsSync(path.join(clone, ".nomad-remote-lint-cache", "results.tsv"))).toBe(true);
    const r = runCli(["--cache", "--cache-location", ".nomad-remote-lint-cache", "--debug", "--format", "json", "jobs"], { cwd: clone, env: { XDG_CACHE_HOME: victim } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("holds entries this machine's linter did not write");
    expect(linted(r.stderr)).toBe(3);
    expect(r.stdout).toBe(honest.stdout);
    // The key stays outside the repository, readable by its owner only.
    const key = path.join(victim, "nomad-remote-lint", "cache-key");
    expect(readFileSync(key, "utf8")).toMatch(/^[0-9a-f]{64}\n$/);
    expect(statSync(key).mode & 0o777).toBe(0o600);
  });
});
