import { asciiText, findingsOf, findingsText } from "../formatters/json.js";
import type { Diagnostic, LintResult, Suppression } from "./diagnostic.js";

/** A result's counts: errors, warnings, infos, fixable errors, fixable warnings. */
export type Counts = [number, number, number, number, number];

export function countsOf(r: LintResult): Counts {
  return [r.errorCount, r.warningCount, r.infoCount, r.fixableErrorCount, r.fixableWarningCount];
}

/** Findings text back to findings: a suppression's `directive` is split from its finding. */
function parseFindings(text: Uint8Array | string): { messages: Diagnostic[]; suppressions: Suppression[] } {
  const parsed = JSON.parse(`{${asciiText(text)}}`) as { messages: Diagnostic[]; suppressions: (Diagnostic & { directive: Suppression["directive"] })[] };
  return { messages: parsed.messages, suppressions: parsed.suppressions.map(({ directive, ...message }) => ({ message, directive })) };
}

/**
 * A result held as its counts and its findings as text (findingsJson, ASCII), as the cache
 * stores it and worker threads send it: the findings are parsed when first read, and the
 * JSON report writes the text as it is without ever parsing it.
 */
export class HeldLintResult implements LintResult {
  readonly filePath: string;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly fixableErrorCount: number;
  readonly fixableWarningCount: number;
  source?: string;
  readonly #text: Uint8Array | string;
  #findings: ReturnType<typeof parseFindings> | undefined;

  constructor(file: string, counts: Readonly<Counts>, text: Uint8Array | string) {
    this.filePath = file;
    [this.errorCount, this.warningCount, this.infoCount, this.fixableErrorCount, this.fixableWarningCount] = counts;
    this.#text = text;
    findingsText.set(this, text);
  }

  get #parsed(): ReturnType<typeof parseFindings> {
    return (this.#findings ??= parseFindings(this.#text));
  }

  get messages(): Diagnostic[] {
    return this.#parsed.messages;
  }

  get suppressions(): Suppression[] {
    return this.#parsed.suppressions;
  }
}

/** A result as a HeldLintResult (its findings as text), with its source. */
export function holdResult(result: LintResult): HeldLintResult {
  if (result instanceof HeldLintResult) return result;
  const held = new HeldLintResult(result.filePath, countsOf(result), findingsOf(result));
  if (result.source !== undefined) held.source = result.source;
  return held;
}
