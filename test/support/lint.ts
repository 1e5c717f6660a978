import { NO_INPUTS, type VariableInputs } from "../../src/eval/document.js";
import { lintOptions, type LintOptions } from "../../src/engine/options.js";
import type { LintResult } from "../../src/results/diagnostic.js";
import { RunContext } from "../../src/run/context.js";

/** The linter and configuration resolver of one thread, as a run builds them. */
export function testContext(cwd: string, options: Partial<LintOptions> = {}, variables: VariableInputs = NO_INPUTS): RunContext {
  return new RunContext({ cwd, options: lintOptions(options), variables });
}

/** Lints one text as the file it names, with the settings the context resolves for it. */
export async function lintWith(context: RunContext, text: string, file: string): Promise<LintResult> {
  return (await context.lint(file, text)).result;
}
