import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childPath, isResolvedPath } from "../src/util/paths.js";
import { writeBelow } from "./support/files.js";
import { runCli } from "./support/cli.js";
import { expectGolden } from "./support/golden.js";
import { fixturesDir, repoRoot } from "./support/paths.js";

const example = "fixtures/examples/ecs-web.nomad.hcl";

const CLEAN = `job "ok" {
  group "g" {
    task "t" {
      driver = "docker"
    }
  }
}
`;

const WARN_ONLY = `job "w" {
  group "g" {
    task "t" {
      driver = "ecs"

      resources {
        cpu    = 100
        memory = 10
      }
    }
  }
}
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-cli-"));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const write = (rel: string, text: string): string => writeBelow(tmp, rel, text);

describe("exit status", () => {
  it("is 0 for a clean file, saying how many files it linted", () => {
    const r = runCli([write("clean/ok.nomad.hcl", CLEAN)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("✔ no problems in 1 linted file\n");
    expect(r.stderr).toBe("");
  });

  it("is 1 when there is an error diagnostic", () => {
    const r = runCli([example]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("remote-template");
  });

  it("is 1 for a syntax error", () => {
    const r = runCli(["fixtures/syntax/multiple-errors.nomad.hcl", "--format", "json"]);
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; fatal?: boolean }[] }[];
    expect(result!.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ["syntax", true],
      ["syntax", true],
    ]);
  });

  it("is 0 for warnings alone, and 1 when they exceed --max-warnings", () => {
    const file = write("warn/w.nomad.hcl", WARN_ONLY);
    expect(runCli([file]).status).toBe(0);
    expect(runCli([file, "--max-warnings", "1"]).status).toBe(0);
    const over = runCli([file, "--max-warnings", "0"]);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain("nomad-remote-lint: 1 warning exceeds --max-warnings 0\n");
    // -1 is no limit, as ESLint takes it; other negative numbers are refused.
    expect(runCli([file, "--max-warnings", "-1"]).status).toBe(0);
    const bad = runCli([file, "--max-warnings", "-2"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("expected a whole number of 0 or more, or -1 for no limit");
  });

  it("says sizes and counts in the right unit and number", () => {
    const file = write("units/small.nomad.hcl", CLEAN);
    const bytes = Buffer.byteLength(CLEAN);
    expect(runCli(["--format", "compact", "--max-file-size", "10", file]).stdout).toContain(`file is ${bytes} bytes, more than the 10 bytes limit (--max-file-size)`);
    expect(runCli(["--format", "compact", "--max-file-size", "1KB", write("units/big.nomad.hcl", CLEAN + "#".repeat(3000))]).stdout).toContain("more than the 1.0 KB limit");
    expect(runCli(["--format", "compact", "--max-nesting", "1", file]).stdout).toContain("nested more than 1 level deep (--max-nesting)");
  });

  it("--quiet reports errors only, in every format; warnings still count for --max-warnings", () => {
    const warn = write("quiet/w.nomad.hcl", WARN_ONLY);
    const both = path.join(repoRoot, "fixtures", "examples", "ecs-web.nomad.hcl");
    const all = JSON.parse(runCli(["--format", "json", both]).stdout) as { messages: { severity: string }[] }[];
    const quiet = runCli(["--quiet", "--format", "json", both]);
    const shown = JSON.parse(quiet.stdout) as { messages: { severity: string }[]; warningCount: number; errorCount: number }[];
    expect(all[0]!.messages.some((m) => m.severity === "warning")).toBe(true);
    expect(shown[0]!.messages.map((m) => m.severity)).toEqual(all[0]!.messages.filter((m) => m.severity === "error").map((m) => m.severity));
    expect([shown[0]!.errorCount, shown[0]!.warningCount]).toEqual([all[0]!.messages.filter((m) => m.severity === "error").length, 0]);
    expect(quiet.status).toBe(1);
    const stylish = runCli(["--quiet", "--no-color", both]).stdout;
    expect(stylish).not.toMatch(/\swarning\s{2}/);
    expect(stylish).toMatch(/problems? \(\d+ errors?, 0 warnings, 0 info\) in 1 linted file/);
    for (const format of ["compact", "github", "junit", "checkstyle"]) {
      expect(runCli(["--quiet", "--format", format, both]).stdout, format).not.toMatch(/remote-network/);
    }
    const sarif = JSON.parse(runCli(["--quiet", "--format", "sarif", both]).stdout) as { runs: { results: { level: string }[] }[] };
    expect(new Set(sarif.runs[0]!.results.map((r) => r.level))).toEqual(new Set(["error"]));
    // A file of warnings alone: a clean report, yet --max-warnings still sees them.
    const onlyWarnings = runCli(["--quiet", "--no-color", warn]);
    expect(onlyWarnings.status).toBe(0);
    expect(onlyWarnings.stdout).not.toMatch(/\swarning\s{2}/);
    const counted = runCli(["--quiet", "--max-warnings", "0", warn]);
    expect(counted.status).toBe(1);
    expect(counted.stderr).toContain("1 warning exceeds --max-warnings 0");
  });

  it("is 2 for a path that does not exist, naming it, without a stack trace", () => {
    const r = runCli(["no/such/dir.nomad"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("nomad-remote-lint: no such file or directory: no/such/dir.nomad\n");
  });

  it("is 2 for an unknown option or a bad option value", () => {
    const unknown = runCli(["--frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--frobnicate'");
    const bad = runCli(["--max-warnings", "lots", example]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("expected a whole number");
    const format = runCli(["--format", "xml", example]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "xml": expected one of stylish, json');
  });

  it("is 2 for an invalid driver file, naming the file, line, JSON pointer and what was expected", () => {
    const bad = write("drivers/bad.json", '{\n  "name": "lambda",\n  "capabilities": { "RemoteTasks": "yes" }\n}\n');
    const r = runCli(["--driver-schema", bad, example]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`nomad-remote-lint: ${bad}:3:36: invalid driver file: /capabilities/RemoteTasks: expected a boolean, got a string\n`);
    expect(r.stdout).toBe("");
    const typo = write("drivers/typo.json", '{"name": "lambda", "capabilities": {"RemoteTask": true}}');
    const t = runCli(["--driver-schema", typo, example]);
    expect(t.status).toBe(2);
    expect(t.stderr).toBe(
      `nomad-remote-lint: ${typo}:1:36: invalid driver file: /capabilities: missing required property "RemoteTasks"\n` +
        `nomad-remote-lint: ${typo}:1:37: invalid driver file: /capabilities/RemoteTask: unexpected property "RemoteTask" (did you mean "RemoteTasks"?)\n`,
    );
    const broken = write("drivers/broken.json", '{"name": "x",');
    const b = runCli(["--driver-schema", broken, example]);
    expect(b.status).toBe(2);
    expect(b.stderr).toBe(`nomad-remote-lint: ${broken}:1:14: invalid driver file: expected a property name in double quotes\n`);
    const unknownKey = write("drivers/unknown-key.json", '{"name": "x", "capabilities": {"RemoteTasks": true}, "provide": ["template"]}');
    const u = runCli(["--driver-schema", unknownKey, example]);
    expect(u.status).toBe(2);
    expect(u.stderr).toBe(`nomad-remote-lint: ${unknownKey}:1:54: invalid driver file: /provide: unexpected property "provide" (did you mean "provides"?)\n`);
    const badFeature = write("drivers/bad-feature.json", '{"name": "x", "capabilities": {"RemoteTasks": true}, "provides": ["templates"]}');
    const f = runCli(["--driver-schema", badFeature, example]);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain(`${badFeature}:1:67: invalid driver file: /provides/0: expected one of "artifact", "template",`);
    expect(f.stderr).toContain('got a string (did you mean "template"?)');
    const missing = runCli(["--driver-schema", path.join(tmp, "nope.json"), example]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read driver file: no such file or directory");
  });

  it("is 2 for an unreadable input file, after reporting the readable ones", () => {
    if (process.getuid?.() === 0) {
      // root reads files whatever their mode; use a path that is a FIFO-less dangling symlink instead
      const link = path.join(tmp, "unreadable", "dangling.nomad.hcl");
      mkdirSync(path.dirname(link), { recursive: true });
      symlinkSync(path.join(tmp, "unreadable", "target-missing"), link);
      const r = runCli([link]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("no such file or directory");
      return;
    }
    const file = write("unreadable/secret.nomad.hcl", CLEAN);
    const { chmodSync } = require("node:fs") as typeof import("node:fs");
    chmodSync(file, 0);
    const r = runCli([file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("permission denied");
  });
});

describe("inputs", () => {
  it("searches directories for *.nomad and *.nomad.hcl, skipping node_modules and .git", () => {
    const root = path.join(tmp, "tree");
    write("tree/a.nomad", CLEAN);
    write("tree/sub/b.nomad.hcl", CLEAN);
    write("tree/sub/c.hcl", "not a jobspec {");
    write("tree/node_modules/d.nomad", "broken {");
    write("tree/.git/e.nomad", "broken {");
    const r = runCli(["--format", "json", root]);
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => path.relative(root, x.filePath));
    expect(files).toEqual(["a.nomad", path.join("sub", "b.nomad.hcl")]);
  });

  it("takes a named path as it is only when resolving it would change nothing", () => {
    const segment = fc.constantFrom("", ".", "..", "...", "a", ".a", "a.", "..a", "a b");
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.boolean(), (segments, absolute) => {
        const p = (absolute ? "/" : "") + segments.join("/");
        if (isResolvedPath(p)) expect(path.resolve("/elsewhere", p)).toBe(p);
        else if (absolute && p === path.resolve(p)) throw new Error(`${p} is resolved but not taken as it is`);
      }),
      { numRuns: 2000 },
    );
  });

  it("joins a directory and an entry name as path.join does", () => {
    const segment = fc.constantFrom("", ".", "..", "a", ".a", "a b");
    const entry = fc.constantFrom("a", ".git", "b.nomad", "..a", ".nomad-remote-lint.json");
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), fc.boolean(), entry, (segments, absolute, name) => {
        const dir = (absolute ? "/" : "") + segments.join("/");
        expect(childPath(dir, name)).toBe(path.join(dir, name));
      }),
      { numRuns: 2000 },
    );
  });

  it("lints a file named explicitly whatever its extension", () => {
    const file = write("explicit/job.txt", WARN_ONLY);
    const r = runCli(["--format", "json", file]);
    const [result] = JSON.parse(r.stdout) as { filePath: string; warningCount: number }[];
    expect(result!.filePath).toBe(file);
    expect(result!.warningCount).toBe(1);
  });

  it("lints the current directory when no path is given", () => {
    const dir = path.join(tmp, "cwd");
    write("cwd/x.nomad.hcl", WARN_ONLY);
    const r = runCli(["--format", "json"], { cwd: dir });
    expect((JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath)).toEqual([path.join(dir, "x.nomad.hcl")]);
  });

  it("reads standard input for -, named by --stdin-filename", () => {
    const r = runCli(["--format", "json", "--stdin-filename", "jobs/web.nomad.hcl", "-"], { input: readFileSync(example, "utf8") });
    expect(r.status).toBe(1);
    const [result] = JSON.parse(r.stdout) as { filePath: string; errorCount: number }[];
    expect(result!.filePath).toBe(path.join(repoRoot, "jobs", "web.nomad.hcl"));
    expect(result!.errorCount).toBe(2);
    const unnamed = runCli(["-"], { input: CLEAN });
    expect(unnamed.status).toBe(0);
    const stylish = runCli(["-"], { input: WARN_ONLY });
    expect(stylish.stdout).toContain("<stdin>\n");
    // --stdin is -, as ESLint has it; API JSON on standard input is known by its content.
    const flag = runCli(["--stdin", "--format", "json"], { input: readFileSync(example, "utf8") });
    expect(JSON.parse(flag.stdout)).toEqual(JSON.parse(runCli(["-", "--format", "json"], { input: readFileSync(example, "utf8") }).stdout));
    const api = runCli(["--stdin", "--format", "compact"], { input: readFileSync(path.join(fixturesDir, "json", "remote-api-job.nomad.json"), "utf8") });
    expect(api.stdout).toContain("<stdin>:13:11: error: volume \"data\" of group \"remote\" is never mounted");
  });

  it("refuses --stdin-filename without -", () => {
    const r = runCli(["--stdin-filename", "x.nomad", example]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--stdin-filename needs -");
  });
});

describe("output", () => {
  it("prints stylish output grouped by file with carets under each range (golden)", () => {
    const r = runCli([example, "--no-color"]);
    expectGolden("stylish-example.txt", r.stdout);
  });

  it("cuts a long source line around each finding, the carets still under it", () => {
    const job = JSON.parse(readFileSync(path.join(fixturesDir, "json", "remote-api-job.nomad.json"), "utf8")) as { Job: Record<string, unknown> };
    job.Job["Meta"] = { pad: "x".repeat(30_000) };
    const file = write("long/oneline.nomad.json", JSON.stringify({ Job: { Meta: job.Job["Meta"], ...job.Job } }));
    const r = runCli(["--no-color", file]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(260);
    const json = JSON.parse(runCli(["--format", "json", file]).stdout) as { messages: { column: number }[] }[];
    const text = readFileSync(file, "utf8");
    expect(json[0]!.messages.length).toBeGreaterThan(2);
    // Each caret line marks, in the line above it, the text the finding starts at.
    const carets = lines.map((l, i) => [l, lines[i - 1]] as const).filter(([l]) => /^\s+\| +\^/.test(l));
    expect(carets.length).toBe(json[0]!.messages.length);
    carets.forEach(([caretLine, shown], k) => {
      const at = caretLine.indexOf("^");
      const column = json[0]!.messages[k]!.column;
      expect(shown!.slice(at, at + 5)).toBe(text.slice(column - 1, column + 4));
    });
  });

  it("prints JSON with one entry per file, messages sorted, the documented fields only (golden)", () => {
    const r = runCli(["--format", "json", example, "fixtures/rules/remote-vault/fires-inherited.nomad.hcl"]);
    const parsed = JSON.parse(r.stdout) as Record<string, unknown>[];
    for (const entry of parsed) {
      expect(Object.keys(entry)).toEqual(["filePath", "messages", "suppressions", "errorCount", "warningCount", "infoCount", "fixableErrorCount", "fixableWarningCount"]);
      entry["filePath"] = path.relative(repoRoot, entry["filePath"] as string);
      const messages = entry["messages"] as { line: number; column: number }[];
      const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
      expect(messages).toEqual(sorted);
    }
    expectGolden("json-example.json", JSON.stringify(parsed, null, 2) + "\n");
  });

  it("writes the report to --output-file and nothing to standard output", () => {
    const out = path.join(tmp, "reports", "nested", "report.json");
    const r = runCli(["--format", "json", "-o", out, example]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(1);
  });

  it("writes JSON as ASCII: other characters are \\u escapes and parse back to the same text", () => {
    const file = "fixtures/hcl2/expressions-and-errors.nomad.hcl";
    const r = runCli(["--format", "json", file]);
    expect(r.stdout).toMatch(/^[\x00-\x7f]*$/);
    expect(r.stdout).toContain("\\u2192");
    const messages = (JSON.parse(r.stdout) as { messages: { message: string }[] }[])[0]!.messages.map((m) => m.message);
    expect(messages.some((m) => m.includes("local.a \u2192 local.b"))).toBe(true);
    expect(runCli(["--format", "stylish", "--no-color", file]).stdout).toContain("local.a \u2192 local.b");
  });

  it("writes a whole report, larger than a pipe holds, into a FIFO whose reader starts late", async () => {
    const fifo = path.join(tmp, "report.fifo");
    const copy = path.join(tmp, "report-from-fifo.json");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // A reader that starts late: the writer fills the pipe and waits for it.
    const reader = spawn("sh", ["-c", 'sleep 0.5; cat "$1" > "$2"', "sh", fifo, copy], { stdio: "ignore" });
    const closed = new Promise((resolve) => reader.on("close", resolve));
    const r = runCli(["--format", "json", "-o", fifo, "fixtures"]);
    await closed;
    const direct = runCli(["--format", "json", "fixtures"]).stdout;
    expect(direct.length).toBeGreaterThan(65536);
    expect(readFileSync(copy, "utf8")).toBe(direct);
    expect(r.status).toBe(1);
  });

  it("writes into a device such as /dev/null instead of replacing it", () => {
    const r = runCli(["--format", "json", "-o", "/dev/null", example]);
    expect(r.status).toBe(1);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("refuses to write the report over a linted file", () => {
    const file = write("overwrite/job.nomad.hcl", CLEAN);
    const r = runCli([file, "-o", file]);
    expect(r.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(CLEAN);
  });

  it("colours only when asked or on a terminal: --color, FORCE_COLOR, NO_COLOR", () => {
    const ansi = /\u001b\[/;
    expect(runCli([example]).stdout).not.toMatch(ansi);
    expect(runCli([example, "--color"]).stdout).toMatch(ansi);
    expect(runCli([example], { env: { FORCE_COLOR: "1" } }).stdout).toMatch(ansi);
    expect(runCli([example], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).toMatch(ansi);
    expect(runCli([example, "--no-color"], { env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(ansi);
  });

  it("--help lists every option and the exit codes", () => {
    const r = runCli(["--help"]);
    expect(r.status).toBe(0);
    for (const flag of ["--format", "--output-file", "--stdin-filename", "--driver-schema", "--max-warnings", "--color", "--no-color", "--debug", "--version", "--help"]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain("Exit status:");
    // Each default shown is one a user can act on: none for repeatable options, none twice.
    expect(r.stdout).not.toContain("default: []");
    for (const line of r.stdout.split("\n")) expect(line.match(/\(default:/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
  });

  it("--version prints the package version", () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("accepts a user driver file that makes a driver remote", () => {
    const driver = write("drivers/lambda.json", '{"name": "lambda", "capabilities": {"RemoteTasks": true}}');
    const job = write("lambda/job.nomad.hcl", WARN_ONLY.replace('"ecs"', '"lambda"'));
    const without = runCli(["--format", "json", job]);
    expect((JSON.parse(without.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId)).toEqual(["unknown-driver"]);
    const withDriver = runCli(["--format", "json", "--driver-schema", driver, job]);
    expect((JSON.parse(withDriver.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId)).toEqual(["remote-resources"]);
  });
});

describe("start-up", () => {
  it("runs the bundle from V8's code cache, and reports the same without a usable one", () => {
    const used = runCli(["--debug", "--format", "json", example]);
    expect(used.stderr).toContain("code cache of the bundle: used");
    // A copy of the command beside the package's schemas and dependencies, without the cache
    // (and without the uncompressed WebAssembly: it decompresses the package's).
    const pkg = path.join(tmp, "package-copy");
    mkdirSync(path.join(pkg, "dist", "cli"), { recursive: true });
    for (const f of ["main.cjs", "nomad-remote-lint.cjs"]) copyFileSync(path.join(repoRoot, "dist", "cli", f), path.join(pkg, "dist", "cli", f));
    symlinkSync(path.join(repoRoot, "schemas"), path.join(pkg, "schemas"));
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(pkg, "node_modules"));
    const launch = () => spawnSync(process.execPath, [path.join(pkg, "dist", "cli", "nomad-remote-lint.cjs"), "--debug", "--format", "json", example], { cwd: repoRoot, encoding: "utf8" });
    const none = launch();
    expect(none.stderr).toContain("code cache of the bundle: none");
    expect([none.status, none.stdout]).toEqual([used.status, used.stdout]);
    writeFileSync(path.join(pkg, "dist", "cli", "main.cjs.cache"), randomBytes(4096));
    const rejected = launch();
    expect(rejected.stderr).toContain("code cache of the bundle: rejected");
    expect([rejected.status, rejected.stdout]).toEqual([used.status, used.stdout]);
  });

  it("carries the parser's WebAssembly uncompressed, byte for byte the package's", () => {
    const hcl2json = path.dirname(createRequire(import.meta.url).resolve("@cdktf/hcl2json/package.json"));
    const packaged = gunzipSync(readFileSync(path.join(hcl2json, "main.wasm.gz")));
    expect(readFileSync(path.join(repoRoot, "dist", "cli", "hcl2json.wasm")).equals(packaged)).toBe(true);
  });
});

describe("fixtures directory", () => {
  it("exists", () => {
    expect(existsSync(path.join(fixturesDir, "examples"))).toBe(true);
  });
});
