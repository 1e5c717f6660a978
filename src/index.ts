import { readFile } from "node:fs/promises";
import path from "node:path";
import { rules } from "../rules/index.js";
import { DriverRegistry, loadDriverFile, shippedRegistry } from "./drivers/registry.js";
import { BUILTIN_META } from "./engine/builtin.js";
import { Linter } from "./engine/linter.js";
import type { RuleMeta } from "./engine/rule.js";
import { collectInputs } from "./files.js";
import type { LintResult, SeveritySetting } from "./types.js";

export { rules } from "../rules/index.js";
export { DriverRegistry, loadDriverFile, shippedRegistry, validateDriver } from "./drivers/registry.js";
export type { DriverSpec, LoadedDriver } from "./drivers/registry.js";
export { Linter } from "./engine/linter.js";
export type { LinterOptions } from "./engine/linter.js";
export type { DocLink, RemoteFeature, Rule, RuleContext, RuleMeta } from "./engine/rule.js";
export { UsageError } from "./errors.js";
export { formatters, FORMAT_NAMES } from "./formatters/index.js";
export type { FormatName, FormatOptions, Formatter } from "./formatters/index.js";
export type { Diagnostic, LintResult, Range, Severity, SeveritySetting } from "./types.js";
export { VERSION } from "./version.js";

/** Metadata of everything that can report: the engine's own diagnostics and every rule. */
export function allRuleMeta(): RuleMeta[] {
  return [...BUILTIN_META, ...rules.map((r) => r.meta)];
}

export interface CreateLinterOptions {
  /** Driver capability files to add to the shipped ones (later files win on equal names). */
  readonly driverFiles?: readonly string[];
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
}

/** A linter with every rule, the shipped drivers and the given driver files. */
export function createLinter(options: CreateLinterOptions = {}): Linter {
  let drivers: DriverRegistry = shippedRegistry();
  const extra = (options.driverFiles ?? []).map((f) => loadDriverFile(f));
  if (extra.length > 0) drivers = drivers.with(extra);
  return new Linter({ rules, drivers, ...(options.severities ? { severities: options.severities } : {}) });
}

/** Lints one jobspec text. `filePath` names it in the result. */
export async function lintText(text: string, options: CreateLinterOptions & { filePath?: string } = {}): Promise<LintResult> {
  return createLinter(options).lintText(text, options.filePath ?? "<text>");
}

/** Lints files and directories (searched for *.nomad and *.nomad.hcl), one result per file, by path. */
export async function lintFiles(paths: readonly string[], options: CreateLinterOptions & { cwd?: string } = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const linter = createLinter(options);
  const { files } = collectInputs(paths, cwd);
  const results: LintResult[] = [];
  for (const file of files) results.push(await linter.lintText(await readFile(file.path, "utf8"), path.resolve(file.path)));
  return results;
}
