import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summary } from "../src/action/action.js";
import { formatters } from "../src/formatters/index.js";
import type { Diagnostic, LintResult } from "../src/results/diagnostic.js";
import { finish } from "../src/results/finish.js";
import { allRuleMeta } from "../src/index.js";
import { runCli } from "./support/cli.js";
import { propertyRuns } from "./support/property.js";
import { visible } from "../src/util/visible.js";

/**
 * Nothing the linter prints can be read as anything but text: for file names, messages (which
 * quote labels and values) and source lines made of the characters attackers use, no line of a
 * human-readable format, as a GitHub runner splits it (on CR, LF and CRLF), starts a workflow
 * command unless the linter wrote one (the github format, one per finding, its data escaped),
 * and no control character reaches a terminal. The job summary renders no link, image or HTML
 * from such text.
 */
const RUNS = propertyRuns(200);

const PIECES = ["\n", "\r", "\r\n", "\u001b", "\u001b[2K", "\u001b]0;x\u0007", "\u009b", "\u202e", "\u2066", "\u2028", "\u2029", "\u0000", "\u007f", "::", "::add-mask::", "##[", "##[error]", "%", "%0A", "|", "]", "[", "<", ">", "(", ")", "!", "`", "\\", "*", "_", "https://x.test/", "![x](https://x.test/p.png)", "<img src=x>", "\t", " ", "a", "é", "🚀"];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join(""));

const rules = allRuleMeta();

function resultOf(file: string, message: string, source: string): LintResult {
  const m: Diagnostic = { ruleId: "remote-template", severity: "error", message, line: 1, column: 1, endLine: 1, endColumn: 2 };
  return finish(path.join("/repo", file), [m], [], { text: source });
}

/** Lines as the runner reads them. */
const runnerLines = (text: string) => text.split(/\r\n|\r|\n/);
const isCommand = (line: string) => /^\s*(::|##\[)/.test(line);
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("human-readable output shows text from files as text", () => {
  for (const name of ["stylish", "compact"] as const) {
    it(`${name}: no workflow command, no control character, whatever the file name, message and source line`, () => {
      fc.assert(
        fc.property(hostile, hostile, hostile, (file, message, source) => {
          const out = formatters[name]([resultOf(file, message, source)], { cwd: "/repo", color: false, rules, version: "" });
          for (const line of runnerLines(out)) expect(isCommand(line), JSON.stringify(line)).toBe(false);
          // The line breaks are the formatter's own LFs: no CR, no control character besides.
          expect(CONTROL.test(out.replace(/\n/g, "").replace(/\t/g, "")), JSON.stringify(out)).toBe(false);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("github: one command per finding, and its escaped data decodes to the message as shown", () => {
    fc.assert(
      fc.property(hostile, hostile, (file, message) => {
        const out = formatters.github([resultOf(file, message, "")], { cwd: "/repo", color: false, rules, version: "" });
        const lines = runnerLines(out).filter((l) => l !== "");
        expect(lines.length).toBe(1);
        const m = /^::error (.*?)::(.*)$/s.exec(lines[0]!);
        expect(m, JSON.stringify(lines[0])).not.toBeNull();
        const decode = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
        expect(decode(m![2]!)).toBe(visible(message));
        const props = Object.fromEntries(m![1]!.split(",").map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
        expect(decode(props["file"]!)).toBe(path.relative("/repo", path.join("/repo", file)));
      }),
      { numRuns: RUNS },
    );
  });

  it("the Action's job summary: text from files is in code spans, one table row each, no raw link, image or HTML", () => {
    fc.assert(
      fc.property(hostile, hostile, (file, message) => {
        const text = summary([resultOf(file, message, "")], "/repo", { GITHUB_REPOSITORY: "o/r", GITHUB_SHA: "abc" }, 0);
        const rows = text.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Location"));
        expect(rows.length, text).toBe(1);
        expect(text.includes("\r")).toBe(false);
        expect(CONTROL.test(text)).toBe(false);
        // Outside code spans the row holds only the linter's own markdown.
        const outside = rows[0]!.replace(/(`+)(?:(?!\1).)*?\1/g, "").replace(/\(https:\/\/github\.com\/o\/r\/blob\/abc\/[^)\s]*#L1\)/, "");
        expect(outside, rows[0]).toMatch(/^[| [\]a-z]*$/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("end to end: a file named to inject, with a comment to inject", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "nrl-inject-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stylish and compact on the real command: the runner sees no command, the terminal no escape", () => {
    const name = "x\n::add-mask::NAME\r##[error]y\u001b[2K.nomad";
    const file = path.join(dir, name);
    writeFileSync(file, `job "j" {\n  group "g" {\n    task "t\u202e" {\n      driver = "ecs"\n      template { # \r::stop-commands::TOKEN\u001b]0;x\u0007\n        data = "x"\n      }\n    }\n  }\n}\n`);
    for (const format of ["stylish", "compact"]) {
      const run = runCli(["--format", format, file], { cwd: dir });
      expect(run.status).toBe(1);
      for (const line of runnerLines(run.stdout + run.stderr)) expect(isCommand(line), `${format}: ${JSON.stringify(line)}`).toBe(false);
      expect(CONTROL.test(run.stdout.replace(/[\n\t]/g, "")), format).toBe(false);
      expect(run.stdout).toContain("\\u202e");
    }
  });
});
