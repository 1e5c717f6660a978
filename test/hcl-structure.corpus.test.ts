import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { scanHclStructure } from "../src/parse/hcl-structure.js";
import { corpusEntries } from "./support/corpus.js";
import { corpusDir, corpusPresent } from "./support/paths.js";
import { asOracle, loadOracle, type OracleResult } from "./support/tree-sitter-oracle.js";

describe.skipIf(!corpusPresent)(`locator agrees with tree-sitter-hcl on the corpus (${corpusDir})`, () => {
  let oracle: (text: string) => OracleResult;
  beforeAll(async () => {
    oracle = await loadOracle();
  });

  it("finds the same blocks, attributes and comments with the same spans in every HCL file that parses", () => {
    const entries = corpusEntries().filter((e) => e.parse === "ok" && e.kind !== "json");
    expect(entries.length).toBeGreaterThan(500);
    const mismatches: string[] = [];
    for (const entry of entries) {
      const text = readFileSync(entry.absPath, "utf8").replace(/^\uFEFF/, "");
      const expected = oracle(text);
      if (expected.hasError) continue;
      const actual = scanHclStructure(text);
      const same =
        JSON.stringify(asOracle(actual.body)) === JSON.stringify(expected.items) &&
        JSON.stringify(actual.comments.map((c) => c.span)) === JSON.stringify(expected.comments);
      if (!same) mismatches.push(entry.localPath);
    }
    expect(mismatches).toEqual([]);
  });
});
