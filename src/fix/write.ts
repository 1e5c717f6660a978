import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";

/** Why a fixed file was not written. */
export class WriteRefused extends Error {}

/**
 * Replaces a file's content with `text` atomically: a temporary file in the same directory
 * (so the rename stays on one file system), written, flushed to disk, given the file's mode
 * (and owner, where allowed), then renamed over the file. A symlink is followed, so the link
 * stays a link. Nothing is written when the file no longer holds `expected`, the text the
 * fix was computed from.
 */
export function writeFixed(file: string, expected: string, text: string): void {
  const real = realpathSync(file);
  const unchanged = () => readFileSync(real, "utf8") === expected;
  if (!unchanged()) throw new WriteRefused("the file changed since it was read; not written");
  const st = statSync(real);
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", st.mode & 0o7777);
  try {
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The umask may have narrowed the mode given to open.
    chmodSync(temp, st.mode & 0o7777);
    try {
      chownSync(temp, st.uid, st.gid);
    } catch {
      // Only root may give a file away; the new file then belongs to the user running the fix.
    }
    if (!unchanged()) throw new WriteRefused("the file changed while it was being fixed; not written");
    renameSync(temp, real);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed, or never created.
    }
    throw error;
  }
}
