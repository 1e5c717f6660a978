import type { RuleMeta } from "../engine/rule.js";
import type { LintResult } from "../results/diagnostic.js";

export interface FormatOptions {
  /** Paths are shown relative to this directory. */
  readonly cwd: string;
  readonly color: boolean;
  /** Metadata of every rule the run knows, for formats that describe rules. */
  readonly rules: readonly RuleMeta[];
  /** The linter version, for formats that name the tool. */
  readonly version: string;
  /**
   * The repository root that CI formats (github, sarif) make paths relative to:
   * GITHUB_WORKSPACE, else the working directory.
   */
  readonly workspace?: string;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;
