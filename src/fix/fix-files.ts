import path from "node:path";
import { createTwoFilesPatch } from "diff";
import { FIX_FAILED_META } from "../engine/builtin.js";
import type { Linter } from "../engine/linter.js";
import type { FileSettings } from "../engine/options.js";
import { SourceText } from "../parse/source.js";
import type { LintResult } from "../results/diagnostic.js";
import { finish } from "../results/finish.js";
import { describeFsError } from "../util/fs.js";
import { fixText, rollbackFindings } from "./apply.js";
import { WriteRefused, writeFixed } from "./write.js";

export interface FixRunOptions {
  readonly mode: "write" | "dry-run";
  /** Whether a rule's fixes apply (--fix-type). */
  readonly allow: (ruleId: string) => boolean;
  readonly linter: Linter;
  readonly settingsOf: (file: string) => FileSettings;
  /** A file's text, read within the run's limits; undefined when it can no longer be read. */
  readonly read: (file: string) => string | undefined;
  /** How a file is named in diffs and messages. */
  readonly display: (file: string) => string;
  /** Texts given in memory (standard input), under the names their results have. */
  readonly documents: readonly { readonly file: string; readonly text: string }[];
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
    const text = options.documents.find((d) => d.file === r.filePath)?.text ?? options.read(r.filePath);
    if (text === undefined) continue;
    const settings = options.settingsOf(r.filePath);
    const outcome = await fixText(options.linter, text, r.filePath, settings, options.allow);
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
