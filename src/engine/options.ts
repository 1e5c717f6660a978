/** Bounds on what one input may cost; documented in the README, set from the command line. */
export interface InputLimits {
  /** Largest file read, in bytes. */
  readonly maxFileSize: number;
  /** Deepest nesting of blocks and values. */
  readonly maxNesting: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxFileSize: 4 * 1024 * 1024, maxNesting: 100 };

/**
 * The deepest nesting that may be allowed: HCL's parser overruns its stack at around a
 * thousand levels of some constructs (nested template interpolations).
 */
export const MAX_NESTING_CEILING = 500;
