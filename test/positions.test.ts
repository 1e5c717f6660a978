import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { HclPositionMap, locate } from "../src/parse/hcl-positions.js";
import { parseHcl } from "../src/parse/hcl.js";
import { scanHclStructure } from "../src/parse/hcl-structure.js";
import { SourceText, graphemeColumnToUtf16 } from "../src/parse/source.js";
import { hclDocument } from "./support/hcl-arbitrary.js";
import { propertyRuns, timeFor } from "./support/property.js";
import { asOracle, loadOracle, type OracleResult } from "./support/tree-sitter-oracle.js";

const RUNS = propertyRuns(300);

describe("SourceText", () => {
  it("strips a BOM and keeps columns of the plain twin", () => {
    const plain = new SourceText('job "a" {\n}\n');
    const bom = new SourceText('\uFEFFjob "a" {\n}\n');
    expect(bom.hasBom).toBe(true);
    expect(bom.text).toBe(plain.text);
    expect(bom.positionAt(4)).toEqual(plain.positionAt(4));
  });

  it("maps offsets to 1-based lines and UTF-16 columns, CR not part of the line text", () => {
    const s = new SourceText("ab\r\n🚀x\r\n\tz");
    expect(s.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(s.positionAt(4)).toEqual({ line: 2, column: 1 });
    expect(s.positionAt(6)).toEqual({ line: 2, column: 3 });
    expect(s.positionAt(10)).toEqual({ line: 3, column: 2 });
    expect(s.lineText(1)).toBe("ab");
    expect(s.lineText(2)).toBe("🚀x");
    expect(s.lineText(3)).toBe("\tz");
    expect(s.lineCount).toBe(3);
    expect(s.positionAt(999)).toEqual({ line: 3, column: 3 });
  });
});

describe("graphemeColumnToUtf16", () => {
  it("is the identity on ASCII lines", () => {
    expect(graphemeColumnToUtf16("  abc", 4)).toBe(4);
  });
  it("counts astral characters as two units and combining sequences as one column", () => {
    expect(graphemeColumnToUtf16("🚀x", 2)).toBe(3);
    expect(graphemeColumnToUtf16("e\u0301x", 2)).toBe(3);
    expect(graphemeColumnToUtf16("日本x", 3)).toBe(3);
    expect(graphemeColumnToUtf16("👍🏽x", 2)).toBe(5);
  });
  it("takes a column past the end of the line to just past its last character", () => {
    // HCL gives such columns on lines with joining characters (found by test/robustness.test.ts).
    expect(graphemeColumnToUtf16("é", 3)).toBe(2);
    expect(graphemeColumnToUtf16("ab", 9)).toBe(3);
    expect(graphemeColumnToUtf16(" \u200ddler", 13)).toBe(7);
  });
});

describe("locate", () => {
  const text = [
    'job "j" {', //                          1
    '  group "g" {', //                      2
    '    task "t" {', //                     3
    '      driver = "ecs"', //               4
    "    }", //                              5
    '    task "t" {', //                     6
    '      template { data = "{" }', //      7
    "      template {", //                   8
    "      }", //                            9
    "    }", //                              10
    "  }", //                                11
    "}", //                                  12
  ].join("\n");
  const source = new SourceText(text);
  const map = new HclPositionMap(source);

  it("finds blocks by type, labels and index among duplicates", () => {
    expect(map.rangeOf(["job", "j", 0, "group", "g", 0, "task", "t", 1])).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 13 });
    expect(map.rangeOf(["job", "j", 0, "group", "g", 0, "task", "t", 1, "template", 1])).toEqual({
      line: 8,
      column: 7,
      endLine: 8,
      endColumn: 15,
    });
  });

  it("finds attributes from name to the end of the value", () => {
    expect(map.rangeOf(["job", "j", 0, "group", "g", 0, "task", "t", 0, "driver"])).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 21 });
    expect(map.rangeOf(["job", "j", 0, "group", "g", 0, "task", "t", 1, "template", 0, "data"])).toEqual({
      line: 7,
      column: 18,
      endLine: 7,
      endColumn: 28,
    });
  });

  it("falls back to the nearest block when the path goes further than the source", () => {
    const found = locate(scanHclStructure(text).body, ["job", "j", 0, "group", "g", 0, "task", "missing", 0]);
    expect(found.exact).toBe(false);
    expect(found.item?.kind === "block" && found.item.type).toBe("group");
  });
});

describe("locator against tree-sitter-hcl on generated documents", () => {
  let oracle: (text: string) => OracleResult;
  beforeAll(async () => {
    oracle = await loadOracle();
  });

  it("generated documents are valid HCL2 (hcl2json accepts them)", async () => {
    await fc.assert(
      fc.asyncProperty(hclDocument, async (text) => {
        const parsed = await parseHcl(new SourceText(text));
        if (!parsed.ok) throw new Error(`generator produced invalid HCL:\n${text}\n${JSON.stringify(parsed.errors)}`);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, timeFor(Math.ceil(RUNS / 3), 2));

  it("finds the same blocks, attributes and comments with the same spans", () => {
    fc.assert(
      fc.property(hclDocument, (text) => {
        const expected = oracle(text);
        expect(expected.hasError).toBe(false);
        const actual = scanHclStructure(text);
        expect(asOracle(actual.body)).toEqual(expected.items);
        expect(actual.comments.map((c) => ({ start: c.span.start, end: c.span.end }))).toEqual(expected.comments);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 1));

  it("never throws or hangs on mutated documents", () => {
    fc.assert(
      fc.property(hclDocument, fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 20 }), (text, at, len) => {
        const cut = at % (text.length + 1);
        const mutated = text.slice(0, cut) + text.slice(cut + len);
        const s = scanHclStructure(mutated);
        for (const c of s.comments) expect(c.span.end).toBeLessThanOrEqual(mutated.length);
      }),
      { numRuns: RUNS },
    );
  }, timeFor(RUNS, 0.5));
});
