import type { LintResult } from "../results/diagnostic.js";
import type { RuleMeta } from "../results/rule-meta.js";

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
  /** The results are those --fix-dry-run computed: their `fixed` findings were not written. */
  readonly fixDryRun?: boolean;
}

/** What a format reads of the results beyond their findings; a run computes only what some format needs. */
export interface FormatNeeds {
  /** The linted text of files with findings (code frames, fingerprints). */
  readonly source?: boolean;
  /** The edits of fixes and suggestions. */
  readonly fixes?: boolean;
}

type FormatFunction = (results: readonly LintResult[], options: FormatOptions) => string;

/** A report format: a pure function of the results, with what it needs of them. */
export interface Formatter extends FormatFunction {
  readonly needs: FormatNeeds;
  /** The same text in pieces, for a large report written to a file without joining it (see jsonChunks). */
  readonly chunks?: (results: readonly LintResult[]) => (string | Uint8Array)[];
}

/** A formatter from its function and what it needs. */
export function defineFormatter(format: FormatFunction, extras: { readonly needs?: FormatNeeds; readonly chunks?: Formatter["chunks"] } = {}): Formatter {
  return Object.assign(format, { needs: extras.needs ?? {}, ...(extras.chunks !== undefined ? { chunks: extras.chunks } : {}) });
}
