import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readSync, statSync, type Stats } from "node:fs";
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
    case "ENOTREGULAR":
      return "not a regular file";
    case "EFBIG":
      return `${sizeText((e as { size?: number }).size ?? 0)}, more than the ${sizeText((e as { limit?: number }).limit ?? 0)} a file of this kind may have`;
    default:
      return e.code ?? (e instanceof Error ? e.message : String(error));
  }
}

/** The bytes of an open file of `size` bytes, read from its start (fewer if it shrank meanwhile). */
export function readOpenFile(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return bytes.subarray(0, read);
}

/**
 * The text of a small regular file the user named (a config, var or driver file): anything
 * else (a FIFO, a device such as /dev/zero, a directory) or a file over `maxBytes` is refused
 * before it is read, so that no such path can hang the run or fill its memory.
 */
export function readSmallFile(file: string, maxBytes: number): string {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREGULAR" });
    if (st.size > maxBytes) throw Object.assign(new Error("too large"), { code: "EFBIG", size: st.size, limit: maxBytes });
    return readOpenFile(fd, st.size).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** A size for messages: bytes, KB below a megabyte, MB above. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
