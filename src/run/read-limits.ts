import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, type Stats } from "node:fs";
import { describeFsError, readOpenFile, sizeText } from "../util/fs.js";
import type { InputLimits } from "../engine/options.js";
import type { FatalFinding } from "../parse/document.js";
import { SourceText, type Range } from "../parse/source.js";


export type ReadInput = { ok: true; text: string } | { ok: false; problem: FatalFinding } | { ok: false; error: string };
/** The bytes of an input, with the status of the file they were read from. */
export type ReadBytes = { ok: true; bytes: Buffer; stat: Stats } | { ok: false; problem: FatalFinding } | { ok: false; error: string };

/** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Checks bytes that will be linted as text: no NUL bytes (binary), valid UTF-8. */
export function decodeInput(bytes: Uint8Array): ReadInput {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const source = new SourceText(Buffer.from(bytes.subarray(0, nul)).toString("utf8"));
    const at = source.positionAt(source.text.length);
    return { ok: false, problem: { ruleId: "syntax", line: at.line, column: at.column, endLine: at.line, endColumn: at.column, message: "binary file: it contains NUL bytes and is not a jobspec" } };
  }
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const source = new SourceText(Buffer.from(bytes.subarray(0, bad)).toString("utf8"));
    const at = source.positionAt(source.text.length);
    return {
      ok: false,
      problem: { ruleId: "syntax", line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1, message: `invalid UTF-8 at byte ${bad}: jobspecs must be UTF-8 text` },
    };
  }
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") };
}

/**
 * Reads one input's bytes within the limits. Anything but a regular file (a FIFO, a device)
 * is refused before it is opened for reading, so a pipe without a writer cannot hang the run.
 */
export function readInputBytes(file: string, limits: InputLimits): ReadBytes {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, error: "not a regular file" };
    if (st.size > limits.maxFileSize) {
      return {
        ok: false,
        problem: { ruleId: "input-limit", line: 1, column: 1, endLine: 1, endColumn: 1, message: `file is ${sizeText(st.size)}, more than the ${sizeText(limits.maxFileSize)} limit (--max-file-size): not linted` },
      };
    }
    return { ok: true, bytes: readOpenFile(fd, st.size), stat: st };
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/** Reads one input within the limits, as text (see readInputBytes and decodeInput). */
export function readInput(file: string, limits: InputLimits): ReadInput {
  const read = readInputBytes(file, limits);
  return read.ok ? decodeInput(read.bytes) : read;
}
