import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startHclParser } from "../src/parse/hcl-wasm.js";
import { corpusEntries } from "./support/corpus.js";
import { listFiles } from "./support/files.js";
import { corpusPresent, fixturesDir } from "./support/paths.js";

type PackageParse = (fileName: string, text: string) => Promise<unknown>;

/** The package's own entry point, as its README shows it. */
async function packageParse(): Promise<PackageParse> {
  const m = (await import("@cdktf/hcl2json")) as unknown as { parse?: PackageParse; default?: { parse: PackageParse } };
  return m.parse ?? m.default!.parse;
}

/** Inputs: every HCL fixture (syntax errors included) and every HCL file of the corpus. */
function inputs(): { name: string; text: string }[] {
  const fixtures = listFiles(fixturesDir, (f) => /\.(nomad|hcl)$/.test(f)).map((f) => ({ name: path.relative(fixturesDir, f), text: readFileSync(f, "utf8") }));
  const corpus = corpusPresent ? corpusEntries().filter((e) => e.kind !== "json").map((e) => ({ name: e.localPath, text: readFileSync(e.absPath, "utf8") })) : [];
  return [...fixtures, ...corpus];
}

describe("the parser start-up (src/parse/hcl-wasm.ts)", () => {
  it("gives the same JSON and the same error text as @cdktf/hcl2json's parse, file by file", async () => {
    const ours = await startHclParser();
    const theirs = await packageParse();
    const all = inputs();
    expect(all.length).toBeGreaterThan(corpusPresent ? 600 : 50);
    let failures = 0;
    for (const { name, text } of all) {
      const mine = ours("input.hcl", text);
      let expected: { ok: true; json: unknown } | { ok: false; message: string };
      try {
        expected = { ok: true, json: await theirs("input.hcl", text) };
      } catch (error) {
        expected = { ok: false, message: (error as Error).message };
      }
      if (!expected.ok) failures++;
      const actual = mine.ok ? { ok: true, json: JSON.parse(mine.json) as unknown } : mine;
      expect(actual, name).toEqual(expected);
    }
    // Both outcomes are exercised: the syntax fixtures (and the corpus's broken files) fail.
    expect(failures).toBeGreaterThan(5);
  });

  it("answers many calls from one instance", async () => {
    const parse = await startHclParser();
    for (let i = 0; i < 200; i++) {
      const r = parse("x.hcl", `job "j${i}" {\n  datacenters = ["dc${i}"]\n}\n`);
      expect(r.ok && JSON.parse(r.json)).toEqual({ job: { [`j${i}`]: [{ datacenters: [`dc${i}`] }] } });
    }
  });
});
