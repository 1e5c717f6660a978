import type { Diagnostic, LintResult, Suppression } from "./diagnostic.js";

/**
 * The encoding of findings as text: the JSON report's form of a file's findings, which the
 * cache stores and worker threads send back, so a result can travel and be kept as one
 * string and be written into the JSON report as it is.
 */

const MESSAGE_KEYS = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fatal", "job", "group", "task", "driver", "url", "fix", "fixable", "suggestions"] as const;

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

/** Text held as ASCII bytes, as a string. */
export function asciiText(text: Uint8Array | string): string {
  return typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1");
}

/** A result's counts: errors, warnings, infos, fixable errors, fixable warnings. */
export type Counts = [number, number, number, number, number];

export function countsOf(r: LintResult): Counts {
  return [r.errorCount, r.warningCount, r.infoCount, r.fixableErrorCount, r.fixableWarningCount];
}

/** Findings text back to findings: a suppression's `directive` is split from its finding. */
function decodeFindings(text: Uint8Array | string): { messages: Diagnostic[]; suppressions: Suppression[] } {
  const parsed = JSON.parse(`{${asciiText(text)}}`) as { messages: Diagnostic[]; suppressions: (Diagnostic & { directive: Suppression["directive"] })[] };
  return { messages: parsed.messages, suppressions: parsed.suppressions.map(({ directive, ...message }) => ({ message, directive })) };
}

/**
 * A result kept as its counts and its encoded findings (ASCII text), as the cache stores it
 * and worker threads send it: the findings are decoded when first read, and the JSON report
 * writes the text as it is without ever decoding it.
 */
export class EncodedResult implements LintResult {
  readonly filePath: string;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  source?: string;
  /** The findings as findingsJson text. */
  readonly encodedFindings: Uint8Array | string;
  #findings: ReturnType<typeof decodeFindings> | undefined;

  constructor(file: string, counts: Readonly<Counts>, encodedFindings: Uint8Array | string) {
    this.filePath = file;
    [this.errorCount, this.warningCount, this.infoCount, this.fixableErrorCount, this.fixableWarningCount] = counts;
    this.encodedFindings = encodedFindings;
  }

  get #decoded(): ReturnType<typeof decodeFindings> {
    return (this.#findings ??= decodeFindings(this.encodedFindings));
  }

  get messages(): Diagnostic[] {
    return this.#decoded.messages;
  }

  get suppressions(): Suppression[] {
    return this.#decoded.suppressions;
  }
}

/** The findings of a result as findingsJson text: the text it holds, else encoded now. */
export function findingsOf(r: LintResult): Uint8Array | string {
  return r instanceof EncodedResult ? r.encodedFindings : findingsJson(r.messages, r.suppressions);
}

/** A result as an EncodedResult, with its source. */
export function encodeResult(result: LintResult): EncodedResult {
  if (result instanceof EncodedResult) return result;
  const encoded = new EncodedResult(result.filePath, countsOf(result), findingsOf(result));
  if (result.source !== undefined) encoded.source = result.source;
  return encoded;
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
