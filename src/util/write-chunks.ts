import { writeSync } from "node:fs";

/** Size of the buffer pieces are gathered in before they are written. */
const BUFFER_BYTES = 1 << 20;

/**
 * Writes pieces of text and bytes to a file descriptor, in order, through one reusable
 * buffer: a report made of thousands of pieces is neither joined into one large string nor
 * copied into one large buffer, and goes out in a few large writes. Short writes (a pipe, a
 * file system filling up) are continued until every byte is written or the system refuses
 * with an error (ENOSPC), which is thrown.
 */
export function writeChunks(fd: number, chunks: readonly (string | Uint8Array)[], encoding: "utf8" | "latin1"): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes: Uint8Array, length: number) => {
    for (let done = 0; done < length; ) {
      const n = writeSync(fd, bytes, done, length - done);
      // A write that takes nothing and reports no error would loop forever.
      if (n <= 0) throw Object.assign(new Error("the write made no progress"), { code: "EIO" });
      done += n;
    }
  };
  const flush = () => {
    writeAll(buffer, used);
    used = 0;
  };
  for (const chunk of chunks) {
    // A UTF-16 code unit is at most three bytes of UTF-8 (a surrogate pair, two units, is four).
    const most = typeof chunk !== "string" ? chunk.length : encoding === "latin1" ? chunk.length : chunk.length * 3;
    if (most > buffer.length - used) flush();
    if (most > buffer.length) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      writeAll(bytes, bytes.length);
    } else if (typeof chunk === "string") used += buffer.write(chunk, used, encoding);
    else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  flush();
}
