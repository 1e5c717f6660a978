import path from "node:path";
import { lintOptions, type LintOptions } from "./engine/options.js";
import type { LintResult } from "./results/diagnostic.js";
import { lintRun } from "./run/lint-run.js";
import type { LintRequest } from "./run/request.js";
import { UsageError } from "./util/errors.js";

export { rules } from "../rules/index.js";
export { lintRun } from "./run/lint-run.js";
export type { DocumentInput, LintRequest, LintRunOutcome, RunStats } from "./run/request.js";
export { DEFAULT_OPTIONS, lintOptions } from "./engine/options.js";
export type { InputLimits, LintOptions, VariableOptions } from "./engine/options.js";
export { allRuleMeta } from "./run/context.js";
export type { DocLink, Editor, EditFn, RemoteFeature, Report, Rule, RuleContext, RuleMeta } from "./engine/rule.js";
export { UsageError } from "./util/errors.js";
export { formatters, FORMAT_NAMES } from "./formatters/index.js";
export type { FormatName, FormatOptions, Formatter } from "./formatters/index.js";
export type { Diagnostic, Fix, LintResult, Range, Severity, SeveritySetting, Suggestion, Suppression } from "./results/diagnostic.js";
export { VERSION } from "./util/project.js";

/** Options of the library API: a run's options, any left out at their defaults, and where it runs. */
export interface ApiOptions extends Partial<LintOptions> {
  /** Base of relative paths and of the configuration lookup (default: the process's). */
  readonly cwd?: string;
}

function requestOf(options: ApiOptions, rest: Omit<LintRequest, "cwd" | "options">): LintRequest {
  const { cwd, ...given } = options;
  return { cwd: cwd ?? process.cwd(), options: lintOptions(given), concurrency: "off", ...rest };
}

/** A run's problems (files that could not be read or written) as an error. */
function failOn(problems: readonly string[]): void {
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
}

/**
 * Lints one jobspec text; `filePath` names it and places it for the configuration lookup.
 * The text is checked as a file is (binary content, size and nesting limits).
 */
export async function lintText(text: string, options: ApiOptions & { readonly filePath?: string } = {}): Promise<LintResult> {
  const { filePath = "<text>", ...rest } = options;
  const request = requestOf(rest, { paths: [], documents: [{ filePath, text }], keepSource: true });
  const outcome = await lintRun(request);
  failOn(outcome.problems);
  const name = filePath.startsWith("<") ? filePath : path.resolve(request.cwd, filePath);
  return outcome.results.find((r) => r.filePath === name)!;
}

/**
 * Lints files and directories (searched for jobspecs) as the command line does: one result
 * per file not ignored, and one per var file with findings of its own, by path.
 */
export async function lintFiles(paths: readonly string[], options: ApiOptions = {}): Promise<LintResult[]> {
  const outcome = await lintRun(requestOf(options, { paths, keepSource: true }));
  failOn(outcome.problems);
  return outcome.results;
}
