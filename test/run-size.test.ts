import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSmallRun, laneCount } from "../src/run/run-size.js";
import { writeBelow } from "./support/files.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-run-size-"));
  // 3 jobspecs of 1,000 bytes, one file that is not a jobspec, one in node_modules.
  for (const rel of ["a.nomad.hcl", "team/b.nomad", "team/deep/c.nomad.json"]) writeBelow(tmp, path.join("repo", rel), "x".repeat(1000));
  writeBelow(tmp, "repo/README.md", "x".repeat(50_000));
  writeBelow(tmp, "repo/node_modules/pkg/d.nomad.hcl", "x".repeat(50_000));
  symlinkSync(path.join(tmp, "repo"), path.join(tmp, "repo", "team", "loop"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("isSmallRun (which decides how the parser is compiled)", () => {
  const repo = () => path.join(tmp, "repo");

  it("adds the sizes of named files, and of jobspecs found in directories as the run finds them (links not followed)", () => {
    expect(isSmallRun([path.join(repo(), "a.nomad.hcl")], 1001)).toBe(true);
    expect(isSmallRun([path.join(repo(), "a.nomad.hcl")], 1000)).toBe(false);
    expect(isSmallRun([repo()], 3001)).toBe(true);
    expect(isSmallRun([repo()], 3000)).toBe(false);
    expect(isSmallRun(["--format", "json", path.join(repo(), "team")], 2001)).toBe(true);
  });

  it("takes standard input as small, and no path as the working directory", () => {
    expect(isSmallRun(["-"], 10)).toBe(true);
    const cwd = process.cwd();
    try {
      process.chdir(repo());
      expect(isSmallRun([], 3001)).toBe(true);
      expect(isSmallRun(["--format", "json"], 3000)).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });

  it("ignores option values and paths that do not exist", () => {
    expect(isSmallRun([path.join(tmp, "missing"), "--format", "json", path.join(repo(), "team", "b.nomad")], 1001)).toBe(true);
  });
});

describe("laneCount (how many threads lint)", () => {
  it("takes one thread for off, the number given (at most one per file), and every core for auto from four files per core", () => {
    const cores = availableParallelism();
    expect(laneCount("off", 1000)).toBe(1);
    expect(laneCount("3", 1000)).toBe(3);
    expect(laneCount("3", 2)).toBe(2);
    expect(laneCount("auto", 4 * cores)).toBe(cores);
    expect(laneCount("auto", 4 * cores - 1)).toBe(1);
  });
});
