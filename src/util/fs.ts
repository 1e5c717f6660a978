import { existsSync, mkdirSync, statSync, type Stats } from "node:fs";
import path from "node:path";

/**
 * Creates a directory and its missing parents, as `mkdir -p` does, one level at a time. Not
 * `mkdirSync(dir, { recursive: true })`: where mkdir answers "no such file" although the
 * parent exists (under a dangling symbolic link, or in /proc), Node's recursive mkdir tries
 * the parent and the child again forever. Throws the first error that is not a directory
 * already there.
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      // Made meanwhile by another process is as good; a link to nowhere is not.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || statIfAny(d)?.isDirectory() !== true) throw error;
    }
  }
}

/** The status of `p` (links followed); none when it does not exist or cannot be looked at. */
export function statIfAny(p: string): Stats | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is where a directory should be";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    default:
      return e.code ?? (e instanceof Error ? e.message : String(error));
  }
}

