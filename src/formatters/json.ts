import type { Diagnostic, LintResult, Suppression } from "../results/diagnostic.js";
import type { Formatter } from "./types.js";

const MESSAGE_KEYS = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fatal", "job", "group", "task", "driver", "url", "fix", "suggestions"] as const;

function pick(m: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of MESSAGE_KEYS) if (m[key] !== undefined) out[key] = m[key];
  return out;
}

/**
 * JSON text with every character beyond ASCII written as a \u escape: the report (and the
 * cache, which holds its text) stays ASCII, whatever the messages and paths contain.
 */
export function asciiJson(jsonText: string): string {
  // Outside strings JSON text is ASCII, so every such character is inside a string.
  return /[^\x00-\x7f]/.test(jsonText) ? jsonText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : jsonText;
}

/**
 * The findings of a file as they appear in its JSON entry: `"messages":[...],"suppressions":[...]`,
 * a suppression being its finding's fields plus `directive`.
 */
export function findingsJson(messages: readonly Diagnostic[], suppressions: readonly Suppression[]): string {
  const m = JSON.stringify(messages.map(pick));
  const s = JSON.stringify(suppressions.map((x) => ({ ...pick(x.message), directive: x.directive })));
  return asciiJson(`"messages":${m},"suppressions":${s}`);
}

/**
 * Results whose findings are already held as findingsJson text (from the cache, or from a
 * worker thread): the report takes the text as it is instead of serializing the findings again.
 */
export const findingsText = new WeakMap<LintResult, Uint8Array | string>();

/** The findings of a result as findingsJson text: the text it holds, else serialized now. */
export function findingsOf(r: LintResult): Uint8Array | string {
  return findingsText.get(r) ?? findingsJson(r.messages, r.suppressions);
}

/** Text held as ASCII bytes, as a string. */
export function asciiText(text: Uint8Array | string): string {
  return typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1");
}

/**
 * The JSON report in pieces, text and bytes to be written one after the other (all ASCII):
 * findings held as bytes are written from where they are, never copied into one string.
 */
export function jsonChunks(results: readonly LintResult[]): (string | Uint8Array)[] {
  const out: (string | Uint8Array)[] = [];
  let text = "[";
  results.forEach((r, i) => {
    text += `${i === 0 ? "" : ","}{"filePath":${asciiJson(JSON.stringify(r.filePath))},`;
    // The findings, often most of the report, are pieces of their own, never copied into one text.
    out.push(text, findingsOf(r));
    text =
      `,"errorCount":${r.errorCount},"warningCount":${r.warningCount},"infoCount":${r.infoCount},` +
      `"fixableErrorCount":${r.fixableErrorCount},"fixableWarningCount":${r.fixableWarningCount}` +
      `${r.fixed !== undefined ? `,"fixed":${asciiJson(JSON.stringify(r.fixed))}` : ""}}`;
  });
  out.push(`${text}]\n`);
  return out;
}

/**
 * One entry per file: path, messages (with their fix and suggestions), suppressed findings,
 * counts and, after --fix, the findings the fixes resolved.
 */
export const json: Formatter = (results) => jsonChunks(results).map(asciiText).join("");
