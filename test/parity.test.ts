import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintOptions } from "../src/engine/options.js";
import { lintRun } from "../src/run/lint-run.js";
import { listFiles } from "./support/files.js";
import { fixturesDir } from "./support/paths.js";

/**
 * Parity with Nomad's own HCL2 parser: fixtures/parity/ holds one jobspec per case of the
 * jobspec2 parser's tests (hashicorp/nomad jobspec2/parse_test.go), written here from the
 * facts those tests assert. Each says what Nomad does with it:
 *
 *   # parity: <test>/<case>
 *   # nomad: accepts | refuses at line N | parser accepts, server refuses at line N: <why>
 *
 * or, where the test's options are not those of `nomad job run`:
 *
 *   # nomad: test differs from nomad job run: <why>
 *   # nomad job run: accepts | refuses at line N
 *
 * The linter must agree with what `nomad job run` does: no error from the parser's rules
 * where Nomad accepts, an error on the line Nomad names where it refuses. What each case
 * resolves (a driver, a count, a template or a vault present) is held by the fixture's own
 * expectations, through the remote rules of its ecs twin (fixtures.test.ts).
 */
const PARSER_RULES = new Set(["syntax", "jobspec-schema", "variable-value", "variable-unset", "expression-error", "local-cycle", "input-limit"]);

type Verdict = { accepts: true } | { accepts: false; line: number };

interface Case {
  readonly id: string;
  readonly file: string;
  /** What `nomad job run` does. */
  readonly verdict: Verdict;
  /** Why Nomad's test says otherwise, where it does. */
  readonly differs: string | undefined;
}

function verdictOf(text: string): Verdict | undefined {
  if (text === "accepts") return { accepts: true };
  const refuses = /^(?:parser accepts, server )?refuses at line (\d+)/.exec(text);
  return refuses === null ? undefined : { accepts: false, line: Number(refuses[1]) };
}

function readCase(file: string): Case {
  const header = readFileSync(file, "utf8").split("\n");
  const field = (name: string) => header.find((l) => l.startsWith(`# ${name}: `))?.slice(name.length + 4);
  const id = field("parity");
  const nomad = field("nomad");
  if (id === undefined || nomad === undefined) throw new Error(`${file}: no "# parity:" and "# nomad:" header`);
  if (nomad.startsWith("test differs from nomad job run: ")) {
    const run = field("nomad job run");
    const verdict = run === undefined ? undefined : verdictOf(run);
    if (verdict === undefined) throw new Error(`${file}: "# nomad job run:" must say accepts or refuses at line N`);
    return { id, file, verdict, differs: nomad.slice("test differs from nomad job run: ".length) };
  }
  const verdict = verdictOf(nomad);
  if (verdict === undefined) throw new Error(`${file}: cannot read the verdict "${nomad}"`);
  const server = /^parser accepts, server refuses at line \d+: (.*)$/.exec(nomad);
  return { id, file, verdict, differs: server === null ? undefined : `the parser accepts it; the server refuses it when it is submitted (${server[1]})` };
}

/** The linter's verdict on a case, run as the command line runs it, with the case's variable inputs. */
async function lint(c: Case): Promise<{ verdict: Verdict; errors: string[] }> {
  const inputsFile = `${c.file}.inputs.json`;
  const inputs = existsSync(inputsFile) ? (JSON.parse(readFileSync(inputsFile, "utf8")) as { env?: Record<string, string>; varFiles?: string[]; vars?: string[] }) : {};
  const varFiles = (inputs.varFiles ?? []).map((f) => path.join(path.dirname(c.file), f));
  const outcome = await lintRun({
    cwd: path.dirname(c.file),
    paths: [c.file],
    options: lintOptions({ variables: { env: inputs.env ?? {}, varFiles, vars: inputs.vars ?? [] } }),
    concurrency: "off",
  });
  const errors: string[] = [];
  let line: number | undefined;
  for (const result of outcome.results) {
    const own = path.resolve(result.filePath) === path.resolve(c.file);
    for (const m of result.messages) {
      if (m.severity !== "error" || (own && !PARSER_RULES.has(m.ruleId))) continue;
      errors.push(`${own ? "" : `${path.basename(result.filePath)}:`}${m.line} ${m.ruleId} ${m.message}`);
      // A var file Nomad cannot read or parse fails the whole jobspec: Nomad names no line in it.
      if (own) line ??= m.line;
      else line ??= 1;
    }
  }
  if (outcome.problems.length > 0) {
    errors.push(...outcome.problems);
    line ??= 1;
  }
  const ownLines = errors.map((e) => Number(/^(\d+) /.exec(e)?.[1] ?? 1));
  if (!c.verdict.accepts && ownLines.includes(c.verdict.line)) line = c.verdict.line;
  return { verdict: line === undefined ? { accepts: true } : { accepts: false, line }, errors };
}

const show = (v: Verdict) => (v.accepts ? "accepts" : `refuses at line ${v.line}`);

describe("parity with Nomad's jobspec2 parser tests (fixtures/parity)", () => {
  const cases = listFiles(path.join(fixturesDir, "parity"), (f) => f.endsWith(".nomad.hcl")).map(readCase);

  it("holds every case of the parser's tests", () => {
    // 68 files of TestEquivalentToHCL1 and 49 cases of the other tests (TestParse_Meta_Alternatives as two).
    expect(cases.filter((c) => c.id.startsWith("TestEquivalentToHCL1/")).length).toBe(68);
    expect(cases.length).toBe(117);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it("agrees with what nomad job run does on every case", async () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const { verdict, errors } = await lint(c);
      if (show(verdict) !== show(c.verdict)) disagreements.push(`${c.id} (${path.relative(fixturesDir, c.file)}): Nomad ${show(c.verdict)}, the linter ${show(verdict)}${errors.length > 0 ? `: ${errors.join("; ")}` : ""}`);
    }
    const differing = cases.filter((c) => c.differs !== undefined);
    console.log(
      `parity: the linter agrees with nomad job run on ${cases.length - disagreements.length} of ${cases.length} cases; ` +
        `on ${differing.length} of them Nomad's test says otherwise:\n${differing.map((c) => `  ${c.id}: ${c.differs}`).join("\n")}`,
    );
    expect(disagreements).toEqual([]);
  }, 120_000);
});
