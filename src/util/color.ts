/**
 * Whether to colour output: an explicit flag wins; then FORCE_COLOR (1, 2, 3, true or empty
 * turn colour on, anything else off), which overrides a non-empty NO_COLOR; then NO_COLOR,
 * TERM=dumb and whether the stream is a terminal.
 */
export function shouldColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return ["", "1", "2", "3", "true"].includes(force);
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["NODE_DISABLE_COLORS"] !== undefined) return false;
  if (env["TERM"] === "dumb") return false;
  return isTTY;
}
