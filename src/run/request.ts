import type { LintOptions } from "../engine/options.js";
import type { LintResult } from "../results/diagnostic.js";

/** A text to lint as the file it names: standard input, an editor's buffer. */
export interface DocumentInput {
  /** The file the text is, absolute or relative to the request's `cwd`; `<stdin>` for an unnamed one. */
  readonly filePath: string;
  readonly text: string;
}

/**
 * One lint run, as every surface asks for it (the command line, the GitHub Action, the
 * library API): what to lint, with which options, and how. A surface builds a request and
 * calls lintRun; an option is added in LintOptions and where it is used, nowhere else.
 */
export interface LintRequest {
  /** Base of relative paths and of the configuration lookup. */
  readonly cwd: string;
  /** Files and directories to lint (directories are searched for jobspecs); none lints `cwd`, unless documents are given. */
  readonly paths: readonly string[];
  readonly documents?: readonly DocumentInput[];
  readonly options: LintOptions;
  /** How directories and glob patterns are searched (see run/discovery.ts). */
  readonly discovery?: {
    /** Globs of files to leave out, relative to `cwd` (`--ignore-pattern`). */
    readonly ignorePatterns?: readonly string[];
    /** Leave out what `.gitignore` leaves out (default true). */
    readonly gitignore?: boolean;
    /** Files named in `paths` that are not jobspecs (by name or content) are left out, as in a search. */
    readonly skipNonJobspecs?: boolean;
    /** Paths that lead to no jobspec at all are a usage error (default true). */
    readonly errorOnUnmatched?: boolean;
  };
  /** Worker threads: a number, `auto` (one per core when there are enough files) or `off`. */
  readonly concurrency?: "auto" | "off" | number;
  /** Reuse the results of unchanged files from this cache directory. */
  readonly cache?: { readonly location: string };
  /** Apply fixes (`write`) or show them as diffs (`dry-run`), of the given rules or of all. */
  readonly fix?: { readonly mode: "write" | "dry-run"; readonly rules?: readonly string[] };
  /** Keep the linted text of files with findings in their results (for code frames). */
  readonly keepSource?: boolean;
  /**
   * Keep results as their encoded findings (see EncodedResult): a run over thousands of files
   * holds a string per file, not a graph of objects per finding. For a JSON report.
   */
  readonly encoded?: boolean;
}

/** How the run went, for --debug. */
export interface RunStats {
  /** Files found and not ignored. */
  readonly queued: number;
  /** Files linted (not taken from the cache). */
  readonly linted: number;
  /** Files linted by each thread. */
  readonly lanes: readonly number[];
  /** Results taken from the cache without reading their files. */
  readonly unread: number;
  readonly milliseconds: number;
}

export interface LintRunOutcome {
  /** One result per file, by path. */
  readonly results: LintResult[];
  /** With a dry-run fix: a unified diff per changed file. */
  readonly diffs: readonly string[];
  /** What went wrong outside the findings (unreadable files, files that could not be written): exit status 2. */
  readonly problems: readonly string[];
  /** What the user should know that is no failure (a damaged cache rebuilt, a named file ignored). */
  readonly warnings: readonly string[];
  readonly stats: RunStats;
}
