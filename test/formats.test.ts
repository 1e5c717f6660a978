import { visible } from "../src/util/visible.js";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatters } from "../src/formatters/index.js";
import { allRuleMeta } from "../src/index.js";
import type { Diagnostic, LintResult } from "../src/results/diagnostic.js";
import { runCli } from "./support/cli.js";
import { expectGolden } from "./support/golden.js";
import { repoRoot } from "./support/paths.js";
import { propertyRuns, timeFor } from "./support/property.js";

const INPUTS = ["fixtures/examples/ecs-web.nomad.hcl", "fixtures/syntax/multiple-errors.nomad.hcl", "fixtures/hcl2/expressions-and-errors.nomad.hcl"];
const RUNS = propertyRuns(300);

/** The repository root in outputs becomes <repo>, so golden files do not depend on the checkout. */
const normalize = (s: string) => s.split(repoRoot).join("<repo>");

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-formats-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("formats through the CLI (golden)", () => {
  it.each(["compact", "github", "sarif", "junit", "checkstyle"])("%s", (format) => {
    const r = runCli(["--format", format, ...INPUTS], { env: { GITHUB_WORKSPACE: repoRoot } });
    expect(r.status).toBe(1);
    expectGolden(`format-${format}.txt`, normalize(r.stdout));
  });

  it("writes several reports in one run, pairing formats and output files by position", () => {
    const sarifFile = path.join(tmp, "report.sarif");
    const junitFile = path.join(tmp, "report.xml");
    const r = runCli(["--format", "sarif", "-o", sarifFile, "--format", "junit", "-o", junitFile, "--format", "compact", ...INPUTS]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("fixtures/examples/ecs-web.nomad.hcl:33:7: error: template");
    expect(JSON.parse(readFileSync(sarifFile, "utf8")).version).toBe("2.1.0");
    expect(readFileSync(junitFile, "utf8")).toContain("<testsuites");
  });
});

describe("SARIF", () => {
  let log: { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[] }[] }[] };
  let file: string;
  beforeAll(() => {
    file = path.join(tmp, "report.sarif");
    const r = runCli(["--format", "sarif", "-o", file, ...INPUTS, "fixtures/json/remote-api-job.nomad.json"], { env: { GITHUB_WORKSPACE: repoRoot } });
    expect(r.status).toBe(1);
    log = JSON.parse(readFileSync(file, "utf8")) as typeof log;
  });

  it("is valid against the official SARIF 2.1.0 JSON schema", () => {
    const require = createRequire(path.join(repoRoot, "test", "tools", "package.json"));
    const schemaFile = path.join(path.dirname(require.resolve("@microsoft/sarif-multitool-linux/package.json")), "sarif-2.1.0.json");
    const Ajv2020 = Ajv2020Module.default;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  });

  it("passes Microsoft's SARIF validator with GitHub's ingestion rules: no error line", () => {
    const require = createRequire(path.join(repoRoot, "test", "tools", "package.json"));
    const binary = require("@microsoft/sarif-multitool") as string;
    const r = spawnSync(binary, ["validate", file, "--rule-kind", "Gh;Sarif"], { encoding: "utf8", timeout: 120_000 });
    const output = `${r.stdout}${r.stderr}`;
    expect(output).toContain("Analysis completed successfully");
    expect(output.split("\n").filter((l) => /: (error|warning) /.test(l))).toEqual([]);
  });

  it("describes every rule and points every result at its rule and a repository-relative, 1-based region", () => {
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(allRuleMeta().map((m) => m.id));
    expect(run.results.length).toBeGreaterThan(10);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
      expect(artifactLocation.uri).toMatch(/^fixtures\//);
      for (const k of ["startLine", "startColumn", "endLine", "endColumn"]) expect(region[k]).toBeGreaterThanOrEqual(1);
    }
    expect(run.results.some((r) => r.ruleId === "syntax")).toBe(true);
  });
});

/**
 * A parser of workflow commands written from the runner's documented grammar
 * (`::name key=value,key=value::data`, data unescaping %25 %0D %0A, properties also %3A %2C).
 */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (m === null) return undefined;
  const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
  const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescapeProp(pair.slice(eq + 1));
  }
  return { command: m[1]!, properties, data: unescapeData(m[3]!) };
}

const hostile = fc.string({ unit: fc.constantFrom("a", " ", "%", "\r", "\n", ":", ",", "::", "=", "%0A", "%25", "::error ::x", "é", "🚀", "\u0000", "<", "&", '"') });

function result(filePath: string, messages: Diagnostic[]): LintResult {
  return { filePath, messages, suppressions: [], errorCount: messages.length, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
}

const diag = (message: string, endLine = 3): Diagnostic => ({ ruleId: "remote-template", severity: "error", message, line: 3, column: 7, endLine, endColumn: 15 });

describe("github annotations escape exactly as the runner expects", () => {
  it("round-trips hostile messages and file names through a parser of the documented grammar", () => {
    fc.assert(
      fc.property(hostile, hostile, fc.boolean(), (message, name, multiline) => {
        const file = path.join(repoRoot, `dir${name.replace(/[/\\]/g, "_")}.nomad`);
        const out = formatters.github([result(file, [diag(message, multiline ? 4 : 3)])], { cwd: repoRoot, workspace: repoRoot, color: false, rules: [], version: "0" });
        const lines = out.split("\n").filter((l) => l !== "");
        expect(lines).toHaveLength(1);
        const parsed = parseCommand(lines[0]!);
        expect(parsed).toBeDefined();
        expect(parsed!.command).toBe("error");
        // The message as GitHub shows it: control and bidi characters as escapes.
        expect(parsed!.data).toBe(visible(message));
        expect(parsed!.properties["file"]).toBe(path.relative(repoRoot, file));
        expect(parsed!.properties["line"]).toBe("3");
        expect("col" in parsed!.properties).toBe(!multiline);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 1));

  it("never emits a line that is not one of its own commands", () => {
    const out = formatters.github([result(path.join(repoRoot, "a.nomad"), [diag("x\n::add-mask::secret\r\n::error ::injected"), diag("%0A::stop-commands::token")])], {
      cwd: repoRoot,
      workspace: repoRoot,
      color: false,
      rules: [],
      version: "0",
    });
    for (const line of out.trimEnd().split("\n")) expect(line).toMatch(/^::error file=a\.nomad,/);
  });
});

describe("XML formats escape what they write", () => {
  const parser = new XMLParser({ htmlEntities: true, ignoreAttributes: false, attributeNamePrefix: "", parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
  const cleaned = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "\uFFFD");

  it("checkstyle and junit parse back to the same messages and file names", () => {
    fc.assert(
      fc.property(hostile, hostile, (message, name) => {
        const file = path.join(repoRoot, `d${name.replace(/[/\\]/g, "_")}.nomad`);
        const options = { cwd: repoRoot, color: false, rules: [], version: "0" };
        const checkstyle = parser.parse(formatters.checkstyle([result(file, [diag(message)])], options)) as {
          checkstyle: { file: { name: string; error: { message: string }[] }[] }[];
        };
        const f = checkstyle.checkstyle[0]!.file[0]!;
        expect(f.name).toBe(cleaned(path.relative(repoRoot, file)));
        expect(f.error[0]!.message).toBe(cleaned(message));
        const junit = parser.parse(formatters.junit([result(file, [diag(message)])], options)) as {
          testsuites: { testsuite: { testcase: { name: string; failure: { message: string }[] }[] }[] }[];
        };
        const testcase = junit.testsuites[0]!.testsuite[0]!.testcase[0]!;
        expect(testcase.name).toBe(cleaned(path.relative(repoRoot, file)));
        expect(testcase.failure[0]!.message).toBe(cleaned(message));
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 1));
});

describe("compact", () => {
  it("keeps one finding on one line", () => {
    const out = formatters.compact([result(path.join(repoRoot, "a.nomad"), [diag("two\nlines")])], { cwd: repoRoot, color: false, rules: [], version: "0" });
    expect(out).toBe("a.nomad:3:7: error: two lines [remote-template]\n");
  });
});

void writeFileSync;
