import { readFileSync } from "node:fs";
import path from "node:path";
import type { VariableOptions } from "../engine/options.js";
import { UsageError } from "../util/errors.js";
import { buildTree } from "../model/tree.js";
import { parseHcl } from "../parse/hcl.js";
import { HclPositionMap } from "../parse/hcl-positions.js";
import { SourceText, type Range } from "../parse/source.js";
import { parseJsonSource } from "../parse/json-source.js";
import type { VarFile, VariableInputs } from "../eval/document.js";
import { evaluate, Scope } from "../eval/evaluate.js";
import { parseTemplateText, soleInterpolation } from "../eval/parser.js";
import { EvalError, Unknown, fromJson, type Value } from "../eval/value.js";

const NO_ROOTS = {
  variable: () => new Unknown("var files cannot refer to variables"),
  local: () => new Unknown("var files cannot refer to locals"),
  allVariables: () => ({}),
  allLocals: () => ({}),
  noReferences: true,
};

/** Reads a `--var-file`: HCL `name = value` lines, or a JSON object when the name ends in .json. */
export async function loadVarFile(file: string, shown: string): Promise<VarFile> {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: cannot read var file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const entries = new Map<string, { value: Value; range: Range }>();
  if (file.endsWith(".json")) {
    const parsed = parseJsonSource(raw);
    if (!parsed.ok) {
      const e = parsed.errors[0]!;
      throw new UsageError(`${shown}:${e.line}:${e.column}: invalid var file: ${e.message}`);
    }
    const value = parsed.doc.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new UsageError(`${shown}:1:1: invalid var file: expected a JSON object of variable values`);
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) entries.set(name, { value: fromJson(v), range: parsed.doc.rangeOf([name], true) });
    return { path: file, entries };
  }
  const source = new SourceText(raw);
  const parsed = await parseHcl(source);
  if (!parsed.ok) {
    const e = parsed.errors[0]!;
    throw new UsageError(`${shown}:${e.line}:${e.column}: invalid var file: ${e.summary}${e.detail ? `: ${e.detail}` : ""}`);
  }
  const tree = buildTree(parsed.json);
  const positions = new HclPositionMap(source);
  const block = tree.blocks[0];
  if (block !== undefined) {
    const r = positions.rangeOf(block.path);
    throw new UsageError(`${shown}:${r.line}:${r.column}: invalid var file: expected name = value lines, found a ${JSON.stringify(block.type)} block`);
  }
  const scope = new Scope(NO_ROOTS, { baseDir: undefined, allowFs: false });
  for (const attr of tree.attributes.values()) {
    const range = positions.rangeOf(attr.path);
    let value: Value;
    try {
      value = valueOf(attr.value, scope);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      throw new UsageError(`${shown}:${range.line}:${range.column}: invalid var file: ${error.message}`);
    }
    entries.set(attr.name, { value, range });
  }
  return { path: file, entries };
}

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

/** Reads the var files and checks the `--var` flags the options name; paths are relative to `cwd`. */
export async function loadVariables(cwd: string, options: VariableOptions): Promise<VariableInputs> {
  const files: VarFile[] = [];
  for (const f of options.varFiles) files.push(await loadVarFile(path.resolve(cwd, f), f));
  return { env: new Map(Object.entries(options.env)), files, cli: parseVarFlags(options.vars) };
}
