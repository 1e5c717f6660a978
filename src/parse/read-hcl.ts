import { buildTree } from "../model/tree.js";
import path from "node:path";
import { tooDeep, type FatalFinding, type InputReader, type ReadNotice, type ReadOutcome } from "./document.js";
import { HclPositionMap } from "./hcl-positions.js";
import { parseHcl, runHclParser, type HclParserAnswer, type UnreadBlock } from "./hcl.js";
import { jsonDepth } from "./nesting.js";
import { isTemplateWhenBroken, levantActionAt, templateCodeAt, templateKind } from "./sniff.js";
import type { SourceText } from "./source.js";
import type { BothForms } from "../schema/check.js";

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function syntaxMessage(summary: string, detail: string): string {
  const head = lowerFirst(summary.replace(/\.$/, ""));
  const tail = lowerFirst(detail.replace(/\.$/, ""));
  return tail === "" ? head : `${head}: ${tail}`;
}

/**
 * HCL1 constructs that HCL2 rejects (Nomad 1.0 switched; 1.9 removed HCL1): say so and how
 * to rewrite them, after the parser's own message.
 */
export function hcl1Hint(source: SourceText, e: { line: number; column: number; summary: string; detail: string }): string {
  const line = source.lineText(e.line);
  const at = line.slice(e.column - 1);
  if (e.summary === "Invalid argument name" && /must not be quoted/.test(e.detail)) {
    return ' (HCL1 syntax: HCL2 takes no quoted keys inside a block; write a map attribute instead, such as labels = { "com.example.x" = "y" })';
  }
  if (/^\.\d/.test(at) && !/\d$/.test(line.slice(0, e.column - 1))) {
    return ` (HCL1 syntax: HCL2 numbers need a leading zero, write 0${/^\.\d+/.exec(at)![0]})`;
  }
  if (e.summary === "Missing key/value separator" && /^\s*\{/.test(at)) {
    return " (HCL1 syntax: a block inside an attribute value; in HCL2 write it as an attribute, name = { ... })";
  }
  return "";
}

/** The one finding of a template: where it shows it is one, and how to lint it. */
function templateFinding(source: SourceText, kind: "levant" | "terraform"): FatalFinding {
  const code = kind === "terraform" ? templateCodeAt(source.text) : -1;
  const at = kind === "levant" ? levantActionAt(source.text) : code !== -1 ? code : source.text.search(/[$%]\{/);
  const start = source.positionAt(Math.max(0, at));
  const message =
    kind === "levant"
      ? "this file is a levant or nomad-pack template ([[ ... ]] actions): render it (levant render, nomad-pack render) and lint the output"
      : "this file is a Terraform templatefile source (${...} and %{...} outside strings): render it with templatefile() and lint the output";
  return { ruleId: "jobspec-template", line: start.line, column: start.column, endLine: start.line, endColumn: start.column + 2, message };
}

/**
 * HCL native syntax, parsed by hcl2json; positions and edits from the structure scan. A
 * template (levant, nomad-pack, a Terraform templatefile source) is not parsed: its one
 * finding says to render it first, instead of the syntax errors its delimiters make.
 */
export const hclReader: InputReader<HclParserAnswer | "template"> = {
  parse: async (text, filePath, { maxParseTime }) => (templateKind(text, path.basename(filePath)) === undefined ? runHclParser(text, maxParseTime) : "template"),
  async read(source, answer, { filePath, maxNesting, maxParseTime }): Promise<ReadOutcome> {
    const kind = answer === "template" ? templateKind(source.text, path.basename(filePath)) : undefined;
    if (kind !== undefined) return { ok: false, fatal: [templateFinding(source, kind)] };
    const parsed = await parseHcl(source, answer === "template" ? undefined : answer, maxParseTime);
    if (!parsed.ok && parsed.timedOut !== undefined) {
      return { ok: false, fatal: [{ ruleId: "input-limit", line: 1, column: 1, endLine: 1, endColumn: 1, message: `${parsed.timedOut} (--max-parse-time): not linted` }] };
    }
    if (!parsed.ok && isTemplateWhenBroken(source.text)) return { ok: false, fatal: [templateFinding(source, "terraform")] };
    if (!parsed.ok) return { ok: false, fatal: parsed.errors.map((e) => ({ ruleId: "syntax", ...rangeOnly(e), message: syntaxMessage(e.summary, e.detail) + hcl1Hint(source, e) })) };
    if (jsonDepth(parsed.json, maxNesting) > maxNesting) return { ok: false, fatal: [tooDeep({ line: 1, column: 1, endLine: 1, endColumn: 1 }, maxNesting)] };
    const positions = new HclPositionMap(source);
    return {
      ok: true,
      doc: {
        tree: buildTree(parsed.json),
        literal: false,
        jsonSyntax: false,
        schemaInput: parsed.json,
        bothForms: bothForms(source, positions),
        notices: parsed.unread.length === 0 ? [] : unreadNotices(source, parsed.unread),
        rangeOf: (path) => positions.rangeOf(path),
        comments: () => positions.structure.comments,
        syntaxOf: (path) => {
          // Blocks made by `dynamic` have no syntax of their own: their content is a template for several.
          if (path.includes("dynamic")) return undefined;
          const found = positions.locate(path);
          return found.exact ? found.item : undefined;
        },
      },
    };
  },
};

/** What to say of the blocks the converter left out: Nomad's label errors, or what was not linted. */
function unreadNotices(source: SourceText, unread: readonly UnreadBlock[]): ReadNotice[] {
  return unread.map((u) =>
    u.kind === "labels"
      ? { ruleId: "jobspec-schema" as const, ...source.rangeOf(u.block.headerSpan), message: u.message }
      : {
          ruleId: "unread-block" as const,
          ...source.rangeOf(u.block.headerSpan),
          message: `${u.name} is not linted: ${u.reason}, and the converter the linter reads HCL with has no JSON form for that (Nomad accepts it); nothing inside it is checked`,
        },
  );
}

/**
 * A map written both ways in one body (`env = { ... }` and `env { ... }`): hcl2json keeps one
 * of them, so only the structure shows the other. The text is searched first, so the
 * structure is scanned only where the name is written both ways somewhere.
 */
function bothForms(source: SourceText, positions: HclPositionMap): BothForms {
  const written = new Map<string, boolean>();
  return (bodyPath, name) => {
    let both = written.get(name);
    if (both === undefined) {
      both = new RegExp(`(^|[^\\w-])${name}\\s*=`).test(source.text) && new RegExp(`(^|[^\\w-])${name}\\s*\\{`).test(source.text);
      written.set(name, both);
    }
    if (!both) return undefined;
    const found = bodyPath.length === 0 ? { item: undefined, exact: true } : positions.locate(bodyPath);
    if (!found.exact) return undefined;
    const body = found.item === undefined ? positions.structure.body : found.item.kind === "block" ? found.item.body : undefined;
    const items = body?.items.filter((i) => (i.kind === "attribute" ? i.name : i.type) === name) ?? [];
    const first = items[0];
    const second = items.find((i) => i.kind !== first?.kind);
    if (first === undefined || second === undefined) return undefined;
    return { at: source.rangeOf(second.kind === "block" ? second.headerSpan : second.nameSpan), firstLine: source.rangeOf(first.span).line };
  };
}

function rangeOnly(e: { line: number; column: number; endLine: number; endColumn: number }) {
  return { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn };
}
