import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { FIX_FAILED_META } from "../engine/builtin.js";
import { finish } from "../engine/linter.js";
import { SourceText } from "../parse/source.js";
import { describeFsError } from "../util/fs.js";
import { readInput } from "../run/read-limits.js";
import { type InputLimits } from "../engine/options.js";
import type { RunContext } from "../run/context.js";
import type { LintResult } from "../results/diagnostic.js";
import { fixText, rollbackFindings } from "./apply.js";
import { WriteRefused, writeFixed } from "./write.js";

export interface FixRunOptions {
  readonly mode: "write" | "dry-run";
  /** Whether a rule's fixes apply (--fix-type). */
  readonly allow: (ruleId: string) => boolean;
  readonly context: RunContext;
  readonly limits: InputLimits;
  /** How a file is named in diffs and messages. */
  readonly display: (file: string) => string;
  /** The text read from standard input, under the name its result has. */
  readonly stdin?: { readonly file: string; readonly text: string };
}

export interface FixRunOutcome {
  /** Unified diffs of the changes, one per file (--fix-dry-run). */
  readonly diffs: string[];
  /** Files that could not be written, with the reason. */
  readonly refused: string[];
}

/**
 * Fixes the files whose results have fixes that apply, replacing each result with the
 * result of the fixed text (plus `fixed` and any fix-failed findings). In write mode the
 * files are rewritten; in dry-run mode the changes become diffs and nothing is written.
 */
export async function fixResults(results: LintResult[], options: FixRunOptions): Promise<FixRunOutcome> {
  const diffs: string[] = [];
  const refused: string[] = [];
  for (const [i, r] of results.entries()) {
    if (!r.messages.some((m) => m.fix !== undefined && options.allow(m.ruleId))) {
      r.fixed = [];
      continue;
    }
    let text: string;
    if (options.stdin !== undefined && r.filePath === options.stdin.file) text = options.stdin.text;
    else {
      const read = readInput(r.filePath, options.limits);
      if (!read.ok) continue;
      text = read.text;
    }
    const settings = options.context.resolver.resolve(r.filePath).settings;
    const outcome = await fixText(options.context.linter, text, r.filePath, settings, options.allow);
    const severity = settings.severities.get(FIX_FAILED_META.id) ?? FIX_FAILED_META.severity;
    const failed = severity === "off" ? [] : rollbackFindings(outcome).map((m) => ({ ...m, severity }));
    const after = outcome.result;
    const fixedResult = finish(r.filePath, [...after.messages, ...failed], after.suppressions, new SourceText(outcome.output));
    fixedResult.fixed = outcome.fixed;
    if (!outcome.changed) {
      results[i] = fixedResult;
      continue;
    }
    if (options.mode === "dry-run") {
      const name = options.display(r.filePath);
      const [from, to] = path.isAbsolute(name) ? [name, name] : [`a/${name}`, `b/${name}`];
      diffs.push(createTwoFilesPatch(from, to, text, outcome.output, undefined, undefined, { context: 3 }).replace(/^=+\n/, ""));
      results[i] = fixedResult;
      continue;
    }
    try {
      writeFixed(r.filePath, text, outcome.output);
      results[i] = fixedResult;
    } catch (error) {
      refused.push(`${options.display(r.filePath)}: ${error instanceof WriteRefused ? error.message : describeFsError(error)}`);
    }
  }
  return { diffs, refused };
}
