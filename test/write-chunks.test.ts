import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { writeChunks } from "../src/util/write-chunks.js";

const tmp = mkdtempSync(path.join(tmpdir(), "nrl-chunks-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function written(chunks: (string | Uint8Array)[], encoding: "utf8" | "latin1"): Buffer {
  const file = path.join(tmp, "out");
  const fd = openSync(file, "w");
  try {
    writeChunks(fd, chunks, encoding);
  } finally {
    closeSync(fd);
  }
  return readFileSync(file);
}

const expected = (chunks: (string | Uint8Array)[], encoding: "utf8" | "latin1") =>
  Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c, encoding) : c)));

describe("writeChunks", () => {
  it("writes pieces in order, across and beyond its buffer, multibyte text included", () => {
    const big = "é→🚀x".repeat(400_000);
    const chunks = ["[", big, new Uint8Array(3 << 20).fill(65), "ü", "a".repeat((1 << 20) - 1), new Uint8Array([66, 67]), "]"];
    expect(written(chunks, "utf8").equals(expected(chunks, "utf8"))).toBe(true);
    const ascii = ["{", "b".repeat(3 << 20), new Uint8Array(10).fill(48), "}"];
    expect(written(ascii, "latin1").equals(expected(ascii, "latin1"))).toBe(true);
  });

  it("writes any sequence of text and byte pieces as their concatenation", () => {
    const piece = fc.oneof(fc.string({ unit: "binary", maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), (chunks) => {
        expect(written(chunks, "utf8").equals(expected(chunks, "utf8"))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
