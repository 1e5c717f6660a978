import type { Range } from "./parse/source.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** One finding, at a 1-based source range (end exclusive, UTF-16 columns). */
export interface Diagnostic extends Range {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Set when the file could not be linted past this point (syntax errors). */
  fatal?: true;
  job?: string;
  group?: string;
  task?: string;
  driver?: string;
  /** The rule's documentation. */
  url?: string;
}

/** A finding silenced by a suppression comment; it never counts for the exit status. */
export interface Suppression {
  message: Diagnostic;
  directive: {
    kind: "disable" | "disable-next-line";
    line: number;
    column: number;
    /** The text after ` -- ` in the comment. */
    reason?: string;
  };
}

/** The findings of one file. */
export interface LintResult {
  filePath: string;
  messages: Diagnostic[];
  /** Findings silenced by suppression comments. */
  suppressions: Suppression[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The linted text, kept when there are messages so formatters can show the lines. */
  source?: string;
}

export type { Range };
