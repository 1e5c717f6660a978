import { readFileSync } from "node:fs";
import path from "node:path";
import type { VariableOptions } from "../engine/options.js";
import { UsageError } from "../util/errors.js";
import { buildTree } from "../model/tree.js";
import { parseHcl } from "../parse/hcl.js";
import { HclPositionMap } from "../parse/hcl-positions.js";
import { SourceText, type Range } from "../parse/source.js";
import { parseJsonSource } from "../parse/json-source.js";
import { firstTooDeep, jsonDepth } from "../parse/nesting.js";
import { describeFsError, readSmallFile } from "../util/fs.js";
import type { VarFile, VarFileIssue, VariableInputs } from "../eval/document.js";
import { evaluate, Scope } from "../eval/evaluate.js";
import { parseTemplateText, soleInterpolation } from "../eval/parser.js";
import { EvalError, Unknown, fromJson, type Value } from "../eval/value.js";
import { EvalLimitError } from "../eval/budget.js";

const NO_ROOTS = {
  variable: () => new Unknown("var files cannot refer to variables"),
  local: () => new Unknown("var files cannot refer to locals"),
  allVariables: () => ({}),
  allLocals: () => ({}),
  noReferences: true,
};

/** Largest var file read, in bytes: values for a deploy, not data. */
const MAX_VAR_FILE_BYTES = 4 * 1024 * 1024;

/** What a var file gives: its values, and findings about its own content. */
export interface LoadedVarFile {
  readonly file: VarFile;
  readonly findings: VarFileIssue[];
}

/**
 * Reads a `--var-file`: HCL `name = value` lines, or a JSON object when the name ends in
 * .json. What is wrong in it (a syntax error, a block, a value that cannot be computed) is a
 * finding at its position; the values that can be read are still used. A file that cannot be
 * read at all (missing, not a regular file, too large) throws, with the reason.
 */
export async function loadVarFile(file: string, shown: string): Promise<LoadedVarFile> {
  let raw: string;
  try {
    raw = readSmallFile(file, MAX_VAR_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`${shown}: cannot read var file: ${describeFsError(error)}`);
  }
  const entries = new Map<string, { value: Value; range: Range }>();
  const findings: VarFileIssue[] = [];
  const finding = (ruleId: VarFileIssue["ruleId"], range: Range, message: string) => findings.push({ ruleId, file, range, message });
  const loaded = () => ({ file: { path: file, entries }, findings });
  // Measured on the text, before any parser: theirs recurse, and a deep enough text overruns their stack.
  const deep = firstTooDeep(new SourceText(raw).text, MAX_VAR_DEPTH);
  if (deep !== -1) {
    finding("input-limit", new SourceText(raw).rangeOf({ start: deep, end: deep + 1 }), `values are nested more than ${MAX_VAR_DEPTH} levels deep: the var file is not read`);
    return loaded();
  }
  if (file.endsWith(".json")) {
    const parsed = parseJsonSource(raw);
    if (!parsed.ok) {
      for (const e of parsed.errors) finding("syntax", e, e.message);
      return loaded();
    }
    const value = parsed.doc.value;
    if (jsonDepth(value, MAX_VAR_DEPTH) > MAX_VAR_DEPTH) {
      finding("input-limit", { line: 1, column: 1, endLine: 1, endColumn: 2 }, `values are nested more than ${MAX_VAR_DEPTH} levels deep: the var file is not read`);
      return loaded();
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      finding("variable-value", { line: 1, column: 1, endLine: 1, endColumn: 2 }, "expected a JSON object of variable values");
      return loaded();
    }
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) entries.set(name, { value: fromJson(v), range: parsed.doc.rangeOf([name], true) });
    return loaded();
  }
  const source = new SourceText(raw);
  const parsed = await parseHcl(source);
  if (!parsed.ok) {
    for (const e of parsed.errors) finding("syntax", e, `${e.summary}${e.detail ? `: ${e.detail}` : ""}`);
    return loaded();
  }
  const tree = buildTree(parsed.json);
  const positions = new HclPositionMap(source);
  for (const block of tree.blocks) {
    finding("variable-value", positions.rangeOf(block.path), `expected name = value lines, found a ${JSON.stringify(block.type)} block${block.type === "variable" ? " (variables are declared in the jobspec, given values here)" : ""}`);
  }
  const scope = new Scope(NO_ROOTS, { baseDir: undefined, allowFs: false });
  for (const attr of tree.attributes.values()) {
    const range = positions.rangeOf(attr.path);
    try {
      entries.set(attr.name, { value: valueOf(attr.value, scope), range });
    } catch (error) {
      if (error instanceof EvalLimitError) finding("input-limit", range, `${attr.name} is not read: ${error.message}, past the linter's limit`);
      else if (!(error instanceof EvalError)) throw error;
      else finding("variable-value", range, `${attr.name}: ${error.message}`);
    }
  }
  return loaded();
}

/** Deepest nesting of a var file's values. */
const MAX_VAR_DEPTH = 100;

function valueOf(raw: unknown, scope: Scope): Value {
  if (typeof raw === "string") {
    const parts = parseTemplateText(raw);
    if (parts.every((p) => p.t === "str")) return parts.map((p) => (p.t === "str" ? p.s : "")).join("");
    return evaluate(soleInterpolation(parts) ?? { t: "template", parts }, scope);
  }
  if (Array.isArray(raw)) return raw.map((x) => valueOf(x, scope));
  if (raw !== null && typeof raw === "object") {
    return Object.fromEntries(Object.entries(raw as Record<string, unknown>).map(([k, x]) => [k, valueOf(x, scope)]));
  }
  return fromJson(raw);
}

/** `--var name=value` flags, checked for form. */
export function parseVarFlags(flags: readonly string[]): { name: string; value: string }[] {
  return flags.map((flag) => {
    const eq = flag.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var needs <name>=<value>, got ${JSON.stringify(flag)}`);
    return { name: flag.slice(0, eq), value: flag.slice(eq + 1) };
  });
}

/** `NOMAD_VAR_<name>` entries of an environment, by name. */
export function envVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (k.startsWith("NOMAD_VAR_") && v !== undefined) out[k.slice("NOMAD_VAR_".length)] = v;
  return out;
}

/** The variable values of a run, the var files' own findings, and the var files that could not be read. */
export interface LoadedVariables {
  readonly inputs: VariableInputs;
  readonly findings: readonly VarFileIssue[];
  readonly unreadable: readonly string[];
}

/** Reads the var files and the `--var` flags the options name; paths are relative to `cwd`. */
export async function loadVariables(cwd: string, options: VariableOptions): Promise<LoadedVariables> {
  const files: VarFile[] = [];
  const findings: VarFileIssue[] = [];
  const unreadable: string[] = [];
  for (const f of options.varFiles) {
    try {
      const loaded = await loadVarFile(path.resolve(cwd, f), f);
      files.push(loaded.file);
      findings.push(...loaded.findings);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unreadable.push(error.message);
    }
  }
  return { inputs: { env: new Map(Object.entries(options.env)), files, cli: parseVarFlags(options.vars) }, findings, unreadable };
}
