/**
 * A mistake in how the linter was invoked or configured (bad flag, missing path, invalid
 * driver or config file). The CLI prints the message alone and exits with status 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
