import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rules } from "../rules/index.js";
import { configSchema } from "../src/config/schema.js";
import { jobspecJsonSchema } from "../src/schema/jobspec.js";
import { BUILTIN_META } from "../src/engine/builtin.js";
import type { RuleMeta } from "../src/engine/rule.js";
import { stylish } from "../src/formatters/stylish.js";
import { run } from "../src/cli.js";
import { createLinter, createResolver } from "../src/index.js";

/** Where each rule's example comes from: its first `fires-*` fixture, or the named one. */
const EXAMPLE_FIXTURES: Record<string, string> = {
  syntax: "fixtures/syntax/multiple-errors.nomad.hcl",
};

function exampleFixture(root: string, id: string): string | undefined {
  if (EXAMPLE_FIXTURES[id] !== undefined) return EXAMPLE_FIXTURES[id];
  const dir = path.join(root, "fixtures", "rules", id);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  const first = names.find((n) => n.startsWith("fires-"));
  return first === undefined ? undefined : path.posix.join("fixtures", "rules", id, first);
}

/** The schemas generated from the rule registry and the jobspec structure. */
function schemaFiles(): [string, string][] {
  const metas = [...rules.map((r) => r.meta), ...BUILTIN_META];
  return [
    ["schemas/config.schema.json", JSON.stringify(configSchema(metas), null, 2) + "\n"],
    ["schemas/jobspec.schema.json", JSON.stringify(jobspecJsonSchema(), null, 2) + "\n"],
  ];
}

/** Generated files, by path relative to the repository root, with their full text. */
export async function generatedDocs(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const metas = [...rules.map((r) => r.meta), ...BUILTIN_META];
  const linter = createLinter();
  const resolver = createResolver(linter, { cwd: root });
  for (const meta of metas) {
    const rel = exampleFixture(root, meta.id);
    let example: { rel: string; text: string; output: string } | undefined;
    if (rel !== undefined) {
      const file = path.join(root, rel);
      const text = readFileSync(file, "utf8");
      const result = await linter.lintText(text, file, resolver.resolve(file).settings);
      const output = stylish([result], { cwd: root, color: false, rules: metas, version: "" });
      example = { rel, text, output };
    }
    out.set(`rules/${meta.id}.md`, ruleDoc(meta, example));
  }
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  out.set("README.md", replaceBetween(readme, "rules", ruleTable(metas)));
  for (const [rel, text] of schemaFiles()) out.set(rel, text);
  let text = out.get("README.md")!;
  for (const [name, body] of await readmeExamples(root)) text = replaceBetween(text, name, body);
  out.set("README.md", text);
  return out;
}

function ruleDoc(meta: RuleMeta, example: { rel: string; text: string; output: string } | undefined): string {
  const lines = [
    `# ${meta.id}`,
    "",
    `${meta.description[0]!.toUpperCase()}${meta.description.slice(1)}.`,
    "",
    `- Default severity: **${meta.severity}**`,
  ];
  if (meta.feature !== undefined) {
    lines.push(`- Stays quiet for drivers whose capability file lists \`"provides": ["${meta.feature}"]\``);
  }
  lines.push("", "## Why", "", meta.rationale, "", "## How to fix", "", meta.fix, "");
  if (example !== undefined) {
    lines.push(
      "## Example",
      "",
      `From [\`${example.rel}\`](../${example.rel}) (the comment lines of carets are the test's expectations):`,
      "",
      "```hcl",
      example.text.trimEnd(),
      "```",
      "",
      "`nomad-remote-lint` reports:",
      "",
      "```text",
      example.output.trim(),
      "```",
      "",
    );
  }
  lines.push("## References", "", ...meta.docs.map((d) => `- [${d.title}](${d.url})`), "");
  return lines.join("\n");
}

/** Runs the CLI in this process, as `npx nomad-remote-lint <args>` from `root`, and returns its output. */
async function cliOutput(root: string, args: string[], pretty = false): Promise<string> {
  let out = "";
  const code = await run(args, {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (out += s) },
    readStdin: () => Promise.resolve(""),
    env: {},
    cwd: root,
  });
  // Absolute paths (JSON's filePath) differ per checkout.
  const text = pretty ? JSON.stringify(JSON.parse(out), null, 2) : out.trim();
  const shown = text.split(root).join("/path/to/checkout");
  return `$ npx nomad-remote-lint ${args.join(" ")}\n${shown}\n$ echo $?\n${code}`;
}

/** README examples made from fixtures/examples/team and the CLI's real output on them. */
async function readmeExamples(root: string): Promise<[string, string][]> {
  const team = "fixtures/examples/team";
  const read = (rel: string) => readFileSync(path.join(root, rel), "utf8").trimEnd();
  return [
    ["example-config", ["```json", read(`${team}/.nomad-remote-lint.json`), "```"].join("\n")],
    ["example-suppression", ["```hcl", read(`${team}/api.nomad.hcl`), "```"].join("\n")],
    ["example-team-run", ["```text", await cliOutput(root, [team]), "```"].join("\n")],
    ["example-version-run", ["```text", await cliOutput(root, ["--nomad-version", "1.10.0", `${team}/api.nomad.hcl`]), "```"].join("\n")],
    ["example-json-suppressions", ["```text", await cliOutput(root, ["--format", "json", `${team}/api.nomad.hcl`], true), "```"].join("\n")],
  ];
}

function ruleTable(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => `| [\`${m.id}\`](rules/${m.id}.md) | ${m.severity} | ${m.description} |`);
  return ["| rule | default severity | what it finds |", "|---|---|---|", ...rows].join("\n");
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name} -->`;
  const end = `<!-- /generated:${name} -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i === -1 || j === -1 || j < i) throw new Error(`README.md lacks the markers ${start} ... ${end}`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  // The schemas first: the rule examples are linted with them.
  for (const [rel, text] of schemaFiles()) writeFileSync(path.join(root, rel), text);
  for (const [rel, text] of await generatedDocs(root)) writeFileSync(path.join(root, rel), text);
}
