import type { Diagnostic } from "../../src/results/diagnostic.js";

/**
 * Expectations written inside a fixture, in two forms:
 *
 *   template {
 * #   ^^^^^^^^ remote-template
 *
 * a comment of carets under the offending line (the nearest line above that is not itself
 * a caret line), optionally followed after the rule id by text the message must contain; or
 *
 * # expect remote-resources@12:5-12:17
 *
 * anywhere, for ranges that span lines or start in column 1.
 */
export interface Expectation {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  contains?: string;
}

const CARET = /^\s*(?:#|\/\/)(\s*)(\^+)\s+([a-z][a-z0-9-]*)(?:\s+(.*\S))?\s*$/;
const EXPLICIT = /^\s*#\s*expect\s+([a-z][a-z0-9-]*)@(\d+):(\d+)-(\d+):(\d+)(?:\s+(.*\S))?\s*$/;

export function isExpectationLine(line: string): boolean {
  return CARET.test(line) || EXPLICIT.test(line);
}

export function parseExpectations(text: string): Expectation[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const out: Expectation[] = [];
  let target = 0;
  lines.forEach((line, i) => {
    const explicit = EXPLICIT.exec(line);
    if (explicit) {
      const [, ruleId, l, c, el, ec, contains] = explicit;
      out.push({ ruleId: ruleId!, line: +l!, column: +c!, endLine: +el!, endColumn: +ec!, ...(contains ? { contains } : {}) });
      return;
    }
    const caret = CARET.exec(line);
    if (caret) {
      const column = line.indexOf("^") + 1;
      const width = caret[2]!.length;
      out.push({
        ruleId: caret[3]!,
        line: target,
        column,
        endLine: target,
        endColumn: column + width,
        ...(caret[4] ? { contains: caret[4] } : {}),
      });
      return;
    }
    target = i + 1;
  });
  return out;
}

export function formatExpectation(e: { ruleId: string; line: number; column: number; endLine: number; endColumn: number }): string {
  return `${e.ruleId}@${e.line}:${e.column}-${e.endLine}:${e.endColumn}`;
}

/**
 * Renders actual diagnostics in the fixture syntax, ready to paste: caret lines for
 * single-line ranges that do not start in column 1, `# expect` lines otherwise.
 */
export function renderAsMarkers(messages: readonly Diagnostic[]): string {
  return messages
    .map((m) =>
      m.endLine === m.line && m.column > 1
        ? `after line ${m.line}: #${" ".repeat(m.column - 2)}${"^".repeat(Math.max(1, m.endColumn - m.column))} ${m.ruleId}`
        : `# expect ${formatExpectation(m)}`,
    )
    .join("\n");
}
