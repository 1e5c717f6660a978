import type { Linter } from "../engine/linter.js";
import type { FileSettings } from "../engine/options.js";
import { SourceText } from "../parse/source.js";
import { FIX_FAILED_META } from "../engine/builtin.js";
import { ruleDocUrl } from "../util/project.js";
import type { Diagnostic, Fix, FixedFinding, LintResult, Severity } from "../results/diagnostic.js";

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
  /** Fixes were still left when the passes ran out (fixes that keep making new ones). */
  readonly unfinished: boolean;
}

/**
 * Passes over one file at most: each pass applies every fix that does not overlap another
 * and checks the result by linting it again. A pass makes progress (keeps a fix or gives one
 * up), so a file never needs more passes than it has findings with fixes; the bound only
 * guards against fixes that keep making new fixable findings.
 */
const MAX_PASSES = 1_000;

type Finding = Pick<Diagnostic, "ruleId" | "message" | "line" | "column" | "fix">;

const keyOf = (m: { ruleId: string; message: string }) => `${m.ruleId}\0${m.message}`;
const sameFix = (a: Fix, b: Fix) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
const overlaps = (a: Fix, b: Fix) => a.range[0] === b.range[0] || (a.range[0] < b.range[1] && b.range[0] < a.range[1]);

export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Applies non-overlapping fixes to a text, the last first, so that each range still holds. */
function applyAll(text: string, fixes: readonly Fix[]): string {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) out = applyFix(out, fix);
  return out;
}

function countKeys(messages: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  return counts;
}

/**
 * Applies the fixes of a file's findings. Each pass applies every fix that overlaps no other
 * and lints the text again: the edits are kept when the text still parses and every finding
 * they were for is gone (counted, so two findings with the same message, in two groups, are
 * two). When a pass's edits fail together, the first half of them is tried, down to a single
 * edit, which is then undone and recorded; the others come again in the next pass. `allow`
 * picks the rules whose fixes apply. Suggestions are never applied.
 */
export async function fixText(linter: Linter, raw: string, filePath: string, settings: FileSettings, allow: (ruleId: string) => boolean): Promise<FixOutcome> {
  const source = new SourceText(raw);
  const bom = source.hasBom ? "\uFEFF" : "";
  let text = source.text;
  let result = (await linter.lintDocument(text, filePath, settings)).result;
  const unclaimed: Finding[] = [...result.messages];
  const fixed: FixedFinding[] = [];
  const rolledBack: RolledBack[] = [];
  const failed = new Set<string>();

  /** Tries the edits of `chosen` together; on failure, the first half of them; one edit alone is given up. */
  const attempt = async (chosen: readonly Fix[]): Promise<void> => {
    const resolves = result.messages.filter((m) => m.fix !== undefined && chosen.some((f) => sameFix(f, m.fix!)));
    const candidate = applyAll(text, chosen);
    const after = (await linter.lintDocument(candidate, filePath, settings)).result;
    const syntax = after.messages.find((m) => m.fatal);
    const before = countKeys(result.messages);
    const left = countKeys(after.messages);
    const gone = countKeys(resolves);
    const stuck = [...gone].some(([key, n]) => (left.get(key) ?? 0) > (before.get(key) ?? 0) - n);
    if (syntax === undefined && !stuck) {
      text = candidate;
      result = after;
      for (const m of resolves) {
        const i = unclaimed.findIndex((o) => keyOf(o) === keyOf(m));
        const where = i === -1 ? m : unclaimed.splice(i, 1)[0]!;
        fixed.push({ ruleId: m.ruleId, message: m.message, line: where.line, column: where.column });
      }
      return;
    }
    if (chosen.length > 1) return attempt(chosen.slice(0, Math.ceil(chosen.length / 2)));
    const reason = syntax !== undefined ? `the fixed file would not parse (${syntax.line}:${syntax.column}: ${syntax.message})` : "the finding would remain after the fix";
    for (const m of resolves) {
      failed.add(keyOf(m));
      rolledBack.push({ ruleId: m.ruleId, message: m.message, reason });
    }
  };

  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const chosen: Fix[] = [];
    for (const m of result.messages) {
      if (m.fix === undefined || !allow(m.ruleId) || failed.has(keyOf(m))) continue;
      if (!chosen.some((f) => sameFix(f, m.fix!) || overlaps(f, m.fix!))) chosen.push(m.fix);
    }
    if (chosen.length === 0) break;
    await attempt(chosen);
  }
  const output = bom + text;
  const unfinished = passes === MAX_PASSES && result.messages.some((m) => m.fix !== undefined && allow(m.ruleId) && !failed.has(keyOf(m)));
  return { output, changed: output !== raw, result, fixed, rolledBack, unfinished };
}

/** Findings that report each undone fix, at the finding it was for. */
export function rollbackFindings(outcome: FixOutcome): Diagnostic[] {
  const unfinished: Diagnostic[] = outcome.unfinished
    ? [{ ruleId: FIX_FAILED_META.id, severity: FIX_FAILED_META.severity as Severity, message: `fixing stopped after ${MAX_PASSES} passes with fixes left: run --fix again`, line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleDocUrl(FIX_FAILED_META.id) }]
    : [];
  return unfinished.concat(outcome.rolledBack.map((r) => {
    const at = outcome.result.messages.find((m) => m.ruleId === r.ruleId && m.message === r.message);
    const range = at === undefined ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
    return { ruleId: FIX_FAILED_META.id, severity: FIX_FAILED_META.severity as Severity, message: `the fix for ${r.ruleId} was not applied: ${r.reason}`, ...range, url: ruleDocUrl(FIX_FAILED_META.id) };
  }));
}
