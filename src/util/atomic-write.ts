import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, fstatSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync } from "node:fs";
import path from "node:path";
import { writeChunks } from "./write-chunks.js";

/** How the new content of a file is made before it replaces the file. */
export interface AtomicWriteOptions {
  /** Permission bits of the new file (default 0o666, narrowed by the umask). */
  readonly mode?: number;
  /** Owner of the new file, where the process may give it away. */
  readonly owner?: { readonly uid: number; readonly gid: number };
  /** Runs after the content is on disk and before the rename; throwing leaves the file as it was. */
  readonly beforeRename?: () => void;
  /** For tests: the unpredictable part of the temporary file's name. */
  readonly token?: string;
}

const TEMP_SUFFIX = ".tmp";
const TEMP_MARK = ".nrl-";

/**
 * The temporary file beside `file` for one write: `.<name>.nrl-<pid>-<random>.tmp`. A hidden
 * name with a suffix no jobspec search picks up, in the same directory so that the rename
 * stays on one file system, and unpredictable, so nothing can be planted at it in advance.
 */
export function tempPathFor(file: string, token = randomBytes(6).toString("hex")): string {
  return path.join(path.dirname(file), `.${path.basename(file)}${TEMP_MARK}${process.pid}-${token}${TEMP_SUFFIX}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files an earlier write of `file` left behind: a process killed
 * between creating its temporary file and renaming it (kill -9, power loss) leaves one. Only
 * files whose process no longer runs are removed.
 */
export function removeStaleTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}${TEMP_MARK}`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const m = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (m === null) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/**
 * Replaces the content of `file` with `chunks`, all or nothing: the content is written to a
 * new temporary file (created exclusively, so a link planted at its name is never followed),
 * every byte checked as written, flushed to disk, and then renamed over `file`. On any error
 * (a full disk, a read-only file system) the temporary file is removed, `file` keeps its old
 * content, and the error is thrown.
 */
export function writeFileAtomic(file: string, chunks: readonly (string | Uint8Array)[], encoding: "utf8" | "latin1", options: AtomicWriteOptions = {}): void {
  removeStaleTemps(file);
  const temp = tempPathFor(file, options.token);
  const mode = options.mode ?? 0o666;
  const fd = openSync(temp, "wx", mode);
  try {
    try {
      writeChunks(fd, chunks, encoding);
      fsyncSync(fd);
      // The size on disk is what was meant: a write that fell short without an error is caught here.
      const expected = chunks.reduce((n, c) => n + (typeof c === "string" ? Buffer.byteLength(c, encoding) : c.length), 0);
      if (fstatSync(fd).size !== expected) throw Object.assign(new Error("the file was not written whole"), { code: "EIO" });
    } finally {
      closeSync(fd);
    }
    if (options.mode !== undefined) chmodSync(temp, options.mode);
    if (options.owner !== undefined) {
      try {
        chownSync(temp, options.owner.uid, options.owner.gid);
      } catch {
        // Only root may give a file away; the new file then belongs to the user who wrote it.
      }
    }
    options.beforeRename?.();
    renameSync(temp, file);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed, or never created.
    }
    throw error;
  }
}
