import type { RuleMeta } from "../engine/rule.js";
import type { LintResult } from "../types.js";

export interface FormatOptions {
  /** Paths are shown relative to this directory. */
  readonly cwd: string;
  readonly color: boolean;
  /** Metadata of every rule the run knows, for formats that describe rules. */
  readonly rules: readonly RuleMeta[];
  /** The linter version, for formats that name the tool. */
  readonly version: string;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;
