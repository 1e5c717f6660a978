import { createHmac, randomBytes } from "node:crypto";
import { closeSync, constants, fchmodSync, openSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { describeFsError, makeDirectory, readSmallFile } from "../util/fs.js";

/**
 * The secret that authenticates this machine's cache entries, kept outside any repository
 * (in the user's cache directory: $XDG_CACHE_HOME, else ~/.cache, or %LOCALAPPDATA%): a cache
 * directory committed into a checkout, or edited by hand, holds entries whose codes this
 * secret does not give, and none of them is used.
 */
export function cacheKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env["XDG_CACHE_HOME"] || (process.platform === "win32" ? env["LOCALAPPDATA"] : undefined) || path.join(homedir(), ".cache");
  return path.join(base, "nomad-remote-lint", "cache-key");
}

/** The machine's secret, made on first use (readable by its owner only); or why it cannot be had. */
export function machineKey(file = cacheKeyFile(), attempt = 0): Buffer | { problem: string } {
  try {
    const text = readSmallFile(file, 1024).trim();
    if (/^[0-9a-f]{64}$/.test(text)) return Buffer.from(text, "hex");
    // Another run may have made the file a moment ago and not yet written it: wait for it briefly.
    if (text === "" && attempt < 20) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      return machineKey(file, attempt + 1);
    }
    return { problem: `${file} is not a cache key (64 hexadecimal digits)` };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return { problem: `${file} cannot be read (${describeFsError(error)})` };
  }
  const key = randomBytes(32);
  try {
    makeDirectory(path.dirname(file));
    // Exclusive: two runs starting at once keep the first one's key (the second reads it).
    const fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      fchmodSync(fd, 0o600);
      const text = Buffer.from(key.toString("hex") + "\n");
      if (writeSync(fd, text) !== text.length) throw Object.assign(new Error("short write"), { code: "ENOSPC" });
    } finally {
      closeSync(fd);
    }
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST" && attempt < 20) return machineKey(file, attempt + 1);
    return { problem: `${file} cannot be written (${describeFsError(error)})` };
  }
}

/** The code that authenticates one stored line. */
export function lineCode(key: Buffer, ...parts: (string | Uint8Array)[]): string {
  const mac = createHmac("sha256", key);
  for (const p of parts) mac.update(p);
  return mac.digest("base64");
}
