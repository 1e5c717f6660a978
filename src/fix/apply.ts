import type { FileSettings, Linter } from "../engine/linter.js";
import { SourceText } from "../parse/source.js";
import { FIX_FAILED_META } from "../engine/builtin.js";
import { ruleDocUrl } from "../meta.js";
import type { Diagnostic, Fix, FixedFinding, LintResult, Severity } from "../types.js";

/** A fix that was made and undone: why, and the finding it was for. */
export interface RolledBack {
  readonly ruleId: string;
  readonly message: string;
  readonly reason: string;
}

export interface FixOutcome {
  /** The fixed text, with the byte order mark the input had. */
  readonly output: string;
  /** Whether `output` differs from the input. */
  readonly changed: boolean;
  /** The result of linting `output`. */
  readonly result: LintResult;
  /** The findings the kept fixes resolved, where they were in the input. */
  readonly fixed: FixedFinding[];
  readonly rolledBack: RolledBack[];
}

/** Most edits one file gets; each is checked by linting again, so this bounds the work. */
const MAX_EDITS = 100;

const keyOf = (m: { ruleId: string; message: string }) => `${m.ruleId}\0${m.message}`;
const sameFix = (a: Fix, b: Fix) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * Applies the fixes of a file's findings one edit at a time. After each edit the text is
 * linted again: an edit that leaves a file that does not parse, or does not resolve the
 * findings it was for, is undone and recorded. `allow` picks the rules whose fixes apply.
 * Suggestions are never applied.
 */
export async function fixText(linter: Linter, raw: string, filePath: string, settings: FileSettings, allow: (ruleId: string) => boolean): Promise<FixOutcome> {
  const source = new SourceText(raw);
  const bom = source.hasBom ? "\uFEFF" : "";
  let text = source.text;
  let result = (await linter.lintDocument(text, filePath, settings)).result;
  const original = result.messages;
  const fixed: FixedFinding[] = [];
  const rolledBack: RolledBack[] = [];
  const failed = new Set<string>();
  for (let edits = 0; edits < MAX_EDITS; edits++) {
    const next = result.messages.find((m) => m.fix !== undefined && allow(m.ruleId) && !failed.has(keyOf(m)));
    if (next === undefined) break;
    const fix = next.fix!;
    const resolves = result.messages.filter((m) => m.fix !== undefined && sameFix(m.fix, fix));
    const candidate = applyFix(text, fix);
    const after = (await linter.lintDocument(candidate, filePath, settings)).result;
    const syntax = after.messages.find((m) => m.fatal);
    const remaining = new Set(after.messages.map(keyOf));
    const stuck = resolves.find((m) => remaining.has(keyOf(m)));
    if (syntax !== undefined || stuck !== undefined) {
      const reason = syntax !== undefined ? `the fixed file would not parse (${syntax.line}:${syntax.column}: ${syntax.message})` : "the finding would remain after the fix";
      for (const m of resolves) {
        failed.add(keyOf(m));
        rolledBack.push({ ruleId: m.ruleId, message: m.message, reason });
      }
      continue;
    }
    text = candidate;
    result = after;
    for (const m of resolves) {
      const where = original.find((o) => keyOf(o) === keyOf(m)) ?? m;
      fixed.push({ ruleId: m.ruleId, message: m.message, line: where.line, column: where.column });
    }
  }
  const output = bom + text;
  return { output, changed: output !== raw, result, fixed, rolledBack };
}

/** Findings that report each undone fix, at the finding it was for. */
export function rollbackFindings(outcome: FixOutcome): Diagnostic[] {
  return outcome.rolledBack.map((r) => {
    const at = outcome.result.messages.find((m) => m.ruleId === r.ruleId && m.message === r.message);
    const range = at === undefined ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
    return { ruleId: FIX_FAILED_META.id, severity: FIX_FAILED_META.severity as Severity, message: `the fix for ${r.ruleId} was not applied: ${r.reason}`, ...range, url: ruleDocUrl(FIX_FAILED_META.id) };
  });
}
