import type { Diagnostic, LintResult } from "../types.js";
import type { Formatter } from "./types.js";

const MESSAGE_KEYS = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fatal", "job", "group", "task", "driver", "url", "fix", "suggestions"] as const;

function pick(m: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of MESSAGE_KEYS) if (m[key] !== undefined) out[key] = m[key];
  return out;
}

/**
 * One entry per file: path, messages (with their fix and suggestions), suppressed findings,
 * counts and, after --fix, the findings the fixes resolved.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r: LintResult) => ({
      filePath: r.filePath,
      messages: r.messages.map(pick),
      suppressions: r.suppressions.map((s) => ({ ...pick(s.message), directive: s.directive })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
    })),
  ) + "\n";
