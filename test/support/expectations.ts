import type { Diagnostic } from "../../src/results/diagnostic.js";

/**
 * Expectations written inside a fixture, in two forms:
 *
 *   template {
 * #   ^^^^^^^^ remote-template
 *
 * a comment of carets under the offending line (the nearest line above that is not itself
 * a caret line), optionally followed after the rule id by the whole message, or by a
 * regular expression between slashes (`/cannot resolve .* driver/`) the message matches; or
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
  /** The whole message, or `/regex/`. */
  message?: string;
}

/** Whether a finding's message is the one an expectation gives: equal, or matching its `/regex/`. */
export function messageMatches(expected: string, actual: string): boolean {
  const regex = /^\/(.*)\/$/s.exec(expected);
  return regex === null ? actual === expected : new RegExp(regex[1]!).test(actual);
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
      const [, ruleId, l, c, el, ec, message] = explicit;
      out.push({ ruleId: ruleId!, line: +l!, column: +c!, endLine: +el!, endColumn: +ec!, ...(message ? { message } : {}) });
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
        ...(caret[4] ? { message: caret[4] } : {}),
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
        ? `after line ${m.line}: #${" ".repeat(m.column - 2)}${"^".repeat(Math.max(1, m.endColumn - m.column))} ${m.ruleId} ${m.message}`
        : `# expect ${formatExpectation(m)} ${m.message}`,
    )
    .join("\n");
}
