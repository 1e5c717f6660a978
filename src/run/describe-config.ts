import { loadVariables } from "../config/var-files.js";
import type { LintOptions } from "../engine/options.js";
import { allRuleMeta, RunContext } from "./context.js";

/** The configuration that applies to a file, as JSON-ready data (`--print-config`). */
export async function describeConfig(request: { readonly cwd: string; readonly options: LintOptions }, file: string): Promise<Record<string, unknown>> {
  const { inputs } = await loadVariables(request.cwd, request.options.variables);
  const context = new RunContext({ cwd: request.cwd, options: request.options, variables: inputs });
  const defaults = new Map(allRuleMeta().filter((m) => m.id !== "syntax").map((m) => [m.id, m.severity] as const));
  return context.resolver.describe(file, defaults);
}
