import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envVariables, loadVariables } from "../src/config/var-files.js";
import { rules } from "../src/index.js";
import type { LintResult } from "../src/results/diagnostic.js";
import { formatExpectation, messageMatches, parseExpectations, renderAsMarkers } from "./support/expectations.js";
import { listFiles } from "./support/files.js";
import { testContext } from "./support/lint.js";
import { fixturesDir, repoRoot } from "./support/paths.js";

/**
 * Every jobspec under fixtures/ with its expectations written inside. fixtures/examples/
 * holds the README's example jobs, fixtures/fix/ the inputs of --fix; their output is
 * checked as golden files instead.
 */
function fixtureFiles(): string[] {
  const elsewhere = [path.join(fixturesDir, "examples"), path.join(fixturesDir, "fix")].map((d) => d + path.sep);
  return listFiles(fixturesDir, (f) => /\.nomad(\.hcl|\.json)?$/.test(f) && !elsewhere.some((d) => f.startsWith(d)));
}

// Fixtures are linted as the CLI lints them: fixtures/.nomad-remote-lint.json adds the test
// drivers, and fixture folders may carry their own configuration (a target Nomad version).
const context = testContext(repoRoot);
const { linter, resolver } = context;

/**
 * A fixture may come with `<name>.inputs.json` giving variable inputs as the command line
 * would: {"env": {...}, "varFiles": [paths relative to the fixture], "vars": ["name=value"]}.
 */
async function settingsFor(file: string) {
  const inputs = `${file}.inputs.json`;
  if (!existsSync(inputs)) return resolver.resolve(file).settings;
  const spec = JSON.parse(readFileSync(inputs, "utf8")) as { env?: Record<string, string>; varFiles?: string[]; vars?: string[] };
  const { inputs: variables } = await loadVariables(path.dirname(file), { env: envVariables(spec.env ?? {}), varFiles: spec.varFiles ?? [], vars: spec.vars ?? [] });
  return testContext(repoRoot, {}, variables).resolver.resolve(file).settings;
}

const lint = async (text: string, file: string) => (await linter.lintDocument(text, file, await settingsFor(file))).result;

const key = (m: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }) => formatExpectation(m);

/** JSON has no comments: a JSON fixture's expectations live beside it in `<name>.expect`. */
function expectationText(file: string, text: string): string {
  return file.endsWith(".json") ? readFileSync(`${file}.expect`, "utf8") : text;
}

function check(result: LintResult, text: string): void {
  const expected = parseExpectations(expectationText(result.filePath, text));
  const actual = result.messages.map(key).sort();
  const wanted = expected.map(key).sort();
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(
      `diagnostics differ for ${path.relative(fixturesDir, result.filePath)}\n` +
        `expected:\n${wanted.join("\n") || "(none)"}\n` +
        `actual (paste-ready):\n${renderAsMarkers(result.messages) || "(none)"}\n` +
        `actual messages:\n${result.messages.map((m) => `${key(m)} ${m.message}`).join("\n")}`,
    );
  }
  for (const e of expected) {
    if (e.message === undefined) continue;
    const messages = result.messages.filter((d) => key(d) === key(e)).map((d) => d.message);
    expect(
      messages.some((m) => messageMatches(e.message!, m)),
      `a message of ${key(e)} that is ${JSON.stringify(e.message)}; got ${JSON.stringify(messages)}`,
    ).toBe(true);
  }
}

const files = fixtureFiles();

describe("fixtures: every fixture linted with all rules, exact match with its inline expectations", () => {
  it.each(files.map((f) => [path.relative(fixturesDir, f), f]))("%s", async (_name, file) => {
    const text = readFileSync(file, "utf8");
    check(await lint(text, file), text);
  });
});

describe("fixtures: linted together, the parser run on all before the rules", () => {
  it("give each what it gives alone, in order, with a too deep and a broken text among them", async () => {
    const deep = path.join(fixturesDir, "generated-deep.nomad.hcl");
    const broken = path.join(fixturesDir, "generated-broken.nomad.hcl");
    const items = await Promise.all(files.map(async (file) => ({ raw: readFileSync(file, "utf8"), filePath: file, settings: await settingsFor(file) })));
    items.splice(3, 0, { raw: "a = " + "[".repeat(linter.limits.maxNesting + 5), filePath: deep, settings: resolver.resolve(deep).settings });
    items.splice(7, 0, { raw: 'job "x" {\n  group "g" {\n', filePath: broken, settings: resolver.resolve(broken).settings });
    const together = await linter.lintDocuments(items);
    const alone = [];
    for (const item of items) alone.push(await linter.lintDocument(item.raw, item.filePath, item.settings));
    expect(together.map((d) => d.result)).toEqual(alone.map((d) => d.result));
    expect(together.map((d) => d.varFileFindings)).toEqual(alone.map((d) => d.varFileFindings));
    expect(together[3]!.result.messages.map((m) => m.ruleId)).toEqual(["input-limit"]);
    expect(together[7]!.result.messages.map((m) => m.ruleId)).toContain("syntax");
    expect(items.some((i) => i.filePath.endsWith(".json"))).toBe(true);
  });
});

describe("fixtures: CRLF and BOM twins report the same lines and columns", () => {
  it.each(files.map((f) => [path.relative(fixturesDir, f), f]))("%s", async (_name, file) => {
    const text = readFileSync(file, "utf8").replace(/\r\n/g, "\n");
    const plain = await lint(text, file);
    const crlf = await lint(text.replace(/\n/g, "\r\n"), file);
    const bom = await lint("\uFEFF" + text, file);
    const bomCrlf = await lint("\uFEFF" + text.replace(/\n/g, "\r\n"), file);
    // Fix ranges are offsets, which CRLF moves; test/fix.test.ts checks what the fixes make of twins.
    const strip = (r: LintResult) => r.messages.map(({ fix: _fix, suggestions: _suggestions, ...m }) => m);
    expect(strip(crlf)).toEqual(strip(plain));
    expect(strip(bom)).toEqual(strip(plain));
    expect(strip(bomCrlf)).toEqual(strip(plain));
  });
});

describe("fixtures: every rule has a fixture that fires and one that stays clean", () => {
  it.each(rules.map((r) => [r.meta.id]))("%s", (id) => {
    const dir = path.join(fixturesDir, "rules", id);
    const own = readdirSync(dir).filter((f) => /\.nomad(\.hcl)?$/.test(f));
    const counts = own.map((f) => parseExpectations(readFileSync(path.join(dir, f), "utf8")).filter((e) => e.ruleId === id).length);
    expect(counts.some((n) => n > 0), `a fixture in fixtures/rules/${id} that fires ${id}`).toBe(true);
    expect(
      own.some((f, i) => f.startsWith("clean-") && counts[i] === 0),
      `a clean-* fixture in fixtures/rules/${id} without ${id}`,
    ).toBe(true);
  });
});
