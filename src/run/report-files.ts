import { closeSync, existsSync, openSync, statSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "../util/atomic-write.js";
import { UsageError } from "../util/errors.js";
import { describeFsError, makeDirectory } from "../util/fs.js";
import { writeChunks } from "../util/write-chunks.js";

/**
 * Writes a report all or nothing (see writeFileAtomic), never over a linted input. Text
 * known to be ASCII (the JSON report) is written as Latin-1, a plain copy of its characters.
 */
export function writeReport(file: string, report: readonly (string | Uint8Array)[], encoding: "utf8" | "latin1", linted: ReadonlySet<string>): void {
  if (linted.has(file)) throw new UsageError(`refusing to write the report over the linted file ${file}`);
  try {
    makeDirectory(path.dirname(file));
    if (existsSync(file) && !statSync(file).isFile()) {
      // A device or FIFO (/dev/null, /dev/stdout, a pipe) is written to, never replaced.
      const fd = openSync(file, "w");
      try {
        writeChunks(fd, report, encoding);
      } finally {
        closeSync(fd);
      }
      return;
    }
    writeFileAtomic(file, report, encoding);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}
