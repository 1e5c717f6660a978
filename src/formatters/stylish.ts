import kleur from "kleur";
import { displayPath } from "../util/paths.js";
import { safeLineStart, visible } from "../util/visible.js";
import type { Diagnostic, LintResult, Severity } from "../results/diagnostic.js";
import { fileCount } from "../results/finish.js";
import { defineFormatter } from "./types.js";

const SEVERITY_WIDTH = "warning".length;

/** Grouped by file: position, severity, message and rule id, then the source line with carets. */
export const stylish = defineFormatter((results, options) => {
  const previous = kleur.enabled;
  kleur.enabled = options.color;
  try {
    return render(results, options.cwd, options.fixDryRun === true);
  } finally {
    kleur.enabled = previous;
  }
}, { needs: { source: true } });

function paint(severity: Severity, text: string): string {
  return severity === "error" ? kleur.red(text) : severity === "warning" ? kleur.yellow(text) : kleur.blue(text);
}

function render(results: readonly LintResult[], cwd: string, dryRun: boolean): string {
  let out = "";
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    out += `\n${kleur.underline(safeLineStart(visible(displayPath(result.filePath, cwd))))}\n`;
    // Lines as the linter numbers them (LF, CRLF); a lone CR is shown, not obeyed (see frame).
    const lines = result.source?.split(/\r?\n/) ?? [];
    const posWidth = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    const gutter = String(Math.max(...result.messages.map((m) => m.line))).length;
    for (const m of result.messages) {
      const pos = `${m.line}:${m.column}`.padEnd(posWidth);
      const sev = paint(m.severity, m.severity.padEnd(SEVERITY_WIDTH));
      out += `  ${kleur.dim(pos)}  ${sev}  ${visible(m.message)}  ${kleur.dim(m.ruleId)}\n`;
      out += frame(m, lines[m.line - 1], gutter);
    }
  }
  const total = errors + warnings + infos;
  const fixedFiles = results.filter((r) => (r.fixed?.length ?? 0) > 0);
  const fixed = fixedFiles.reduce((n, r) => n + r.fixed!.length, 0);
  // After --fix: what the fixes resolved, then what is left.
  const fixedWord = dryRun ? "would be fixed (--fix-dry-run)" : "fixed";
  const fixedLine = fixed === 0 ? "" : `${kleur.green().bold(`✔ ${fixed} ${fixed === 1 ? "problem" : "problems"} ${fixedWord} in ${fixedFiles.length} ${fixedFiles.length === 1 ? "file" : "files"}`)}\n`;
  // The files linted, always: a run that checked nothing must not look like a clean one.
  const count = fileCount(results);
  const files = `in ${count} linted ${count === 1 ? "file" : "files"}`;
  if (total === 0) return `${out}${fixedLine === "" ? "" : `\n${fixedLine}`}${kleur.green(`✔ no problems ${files}`)}\n`;
  const summary =
    `✖ ${total} ${total === 1 ? "problem" : "problems"} ` +
    `(${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} info) ${files}`;
  const colour = errors > 0 ? kleur.red().bold : warnings > 0 ? kleur.yellow().bold : kleur.blue().bold;
  const fixableErrors = results.reduce((n, r) => n + r.fixableErrorCount, 0);
  const fixableWarnings = results.reduce((n, r) => n + r.fixableWarningCount, 0);
  const fixable =
    fixableErrors + fixableWarnings === 0
      ? ""
      : `${colour(`  ${fixableErrors} ${fixableErrors === 1 ? "error" : "errors"} and ${fixableWarnings} ${fixableWarnings === 1 ? "warning" : "warnings"} potentially fixable with the --fix option`)}\n`;
  return `${out}\n${fixedLine}${colour(summary)}\n${fixable}`;
}

/** Source lines longer than this are shown cut around the finding, as ESLint and tflint do. */
const MAX_SHOWN = 160;
/** How much of the line is shown before and after the finding's start in a cut line. */
const CONTEXT = 40;

/** The line of the diagnostic and carets under its range (to the line's end when it spans lines). */
function frame(m: Diagnostic, line: string | undefined, gutter: number): string {
  if (line === undefined) return "";
  const start = Math.min(m.column - 1, line.length);
  let end = m.endLine === m.line ? Math.min(m.endColumn - 1, line.length) : line.length;
  // A long line (a one-line JSON file, say) is cut around the finding: a report of many
  // findings on it stays the size of its findings, not of the line times their number.
  let from = 0;
  let to = line.length;
  if (visible(line, true).length > MAX_SHOWN) {
    from = Math.max(0, start - CONTEXT);
    end = Math.min(end, start + MAX_SHOWN - 2 * CONTEXT);
    to = Math.min(line.length, Math.max(end, start + 1) + CONTEXT);
  }
  const lead = from > 0 ? "…" : "";
  const tail = to < line.length ? "…" : "";
  // Escapes make a character several wide: the carets stay under what they mark.
  const before = lead + visible(line.slice(from, start), true);
  const marked = visible(line.slice(start, end), true);
  const width = Math.max(1, marked.length);
  const pad = before.replace(/[^\t]/g, " ");
  const num = String(m.line).padStart(gutter);
  const bar = kleur.dim("|");
  return `    ${kleur.dim(num)} ${bar} ${lead}${visible(line.slice(from, to), true)}${tail}\n    ${" ".repeat(gutter)} ${bar} ${pad}${paint(m.severity, "^".repeat(width))}\n`;
}
