import type { DriverRegistry } from "../drivers/registry.js";
import type { VariableInputs } from "../eval/document.js";
import type { SeveritySetting } from "../results/diagnostic.js";
import type { Version } from "../util/nomad-version.js";

/** Bounds on what one input may cost; documented in the README, set from the command line. */
export interface InputLimits {
  /** Largest file read, in bytes. */
  readonly maxFileSize: number;
  /** Deepest nesting of blocks and values. */
  readonly maxNesting: number;
  /** Longest time the HCL parser may take on one file, in milliseconds. */
  readonly maxParseTime: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxFileSize: 4 * 1024 * 1024, maxNesting: 100, maxParseTime: 10_000 };

/**
 * The deepest nesting that may be allowed: HCL's parser overruns its stack at around a
 * thousand levels of some constructs (nested template interpolations).
 */
export const MAX_NESTING_CEILING = 500;

/** Where input variables come from, as the user gave them (see config/var-files.ts). */
export interface VariableOptions {
  /** `NOMAD_VAR_<name>` environment variables, by name. */
  readonly env: Readonly<Record<string, string>>;
  /** `--var-file` paths, relative to the run's working directory. */
  readonly varFiles: readonly string[];
  /** `--var name=value`, in order. */
  readonly vars: readonly string[];
}

/**
 * Everything the user sets that decides what a file's result is. One plain object, from the
 * request to the engine and every worker thread as it is, and digested whole into the
 * cache key: an option added here reaches every place that lints, and the cache, with no
 * list to keep.
 */
export interface LintOptions {
  /** Driver capability files to add (later files win on equal names). */
  readonly driverFiles: readonly string[];
  /** Rule severities (off, info, warning, error) over every configuration file. */
  readonly rules: Readonly<Record<string, string>>;
  /** The Nomad version of the target cluster ("1.8.4"). */
  readonly nomadVersion: string | undefined;
  /** Use this configuration file alone. */
  readonly configFile: string | undefined;
  /** Look up `.nomad-remote-lint.json` files. */
  readonly configLookup: boolean;
  /** Honour suppression comments (false for audits). */
  readonly inlineConfig: boolean;
  /** Report suppression comments without a reason (`missing-disable-reason`). */
  readonly requireDisableReason: boolean;
  readonly variables: VariableOptions;
  /** Let filesystem functions read below the jobspec's directory. */
  readonly allowFs: boolean;
  /** Unset variables, and values for variables no jobspec declares, are errors (Nomad's `-hcl2-strict`). */
  readonly hcl2Strict: boolean;
  readonly limits: InputLimits;
  /**
   * Compute the edits of fixes and suggestions: for --fix, and for reports that print them.
   * Without, a finding a rule can fix still counts as fixable.
   */
  readonly fixes: boolean;
}

export const DEFAULT_OPTIONS: LintOptions = {
  driverFiles: [],
  rules: {},
  nomadVersion: undefined,
  configFile: undefined,
  configLookup: true,
  inlineConfig: true,
  requireDisableReason: false,
  variables: { env: {}, varFiles: [], vars: [] },
  allowFs: true,
  hcl2Strict: false,
  limits: DEFAULT_LIMITS,
  fixes: true,
};

/** Options with the defaults for what `given` leaves out. */
export function lintOptions(given: Partial<LintOptions> = {}): LintOptions {
  const out: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) out[k] = v;
  return out as unknown as LintOptions;
}

/** How one file is linted: the run's options, and what its configuration files decided. */
export interface FileSettings {
  readonly options: LintOptions;
  /** Variable values from the environment, var files and the command line. */
  readonly variables: VariableInputs;
  /** Severity per rule id over the defaults; `off` disables a rule. */
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly drivers: DriverRegistry;
  /** The Nomad version of the target cluster, when known. */
  readonly nomadVersion?: Version;
}
