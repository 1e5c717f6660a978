import type { Range } from "./range.js";

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** The order of severities in reports that put the gravest first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * An edit of a file's text: replace `range` (start and end offsets, end exclusive, in UTF-16
 * code units of the text without its byte order mark) by `text`.
 */
export interface Fix {
  range: [number, number];
  text: string;
}

/** An edit offered for a finding but never applied by --fix (it removes what the user wrote). */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** A finding that --fix resolved, where it was before the fix. */
export interface FixedFinding {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

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
  /** The edit --fix applies for this finding (computed when the run asks for edits). */
  fix?: Fix;
  /** The rule can fix this finding; set when its edit was not computed. */
  fixable?: true;
  /** Edits offered, never applied by --fix. */
  suggestions?: Suggestion[];
}

/** A finding silenced by a suppression comment; it never counts for the exit status. */
export interface Suppression {
  message: Diagnostic;
  directive: {
    kind: "disable" | "disable-next-line" | "disable-line";
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
  /** Findings the rules can fix, by severity. */
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** After --fix: the findings the written fixes resolved. */
  fixed?: FixedFinding[];
  /** The linted text, kept when there are messages so formatters can show the lines. */
  source?: string;
}

export type { Range };
