import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { TEST_TIMEOUT_MS } from "./property.js";

export const cliPath = path.join(repoRoot, "dist", "cli", "nomad-remote-lint.cjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI the way a user does: a separate Node process, stopped after `timeout` ms (the suite's limit). */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: Record<string, string | undefined>; timeout?: number } = {},
): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    env,
    encoding: "utf8",
    timeout: options.timeout ?? TEST_TIMEOUT_MS,
    maxBuffer: 1 << 28,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
