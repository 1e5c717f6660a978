import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/paths.js";

const bench = path.join(repoRoot, "dist", "scripts", "bench.js");

function runBench(args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [bench, ...args], { cwd: repoRoot, encoding: "utf8", env, timeout: 240_000 });
}

/** The rows of the table printed under a heading that starts with `label`. */
function table(stdout: string, label: string): Map<string, string[]> {
  const lines = stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith(label));
  expect(start, `no heading ${label} in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  expect(lines[start + 1]!.split(/\s{2,}/).map((s) => s.trim())).toEqual(["variant", "wall s", "files/s", "peak RSS MB", "ratio", "best s", "best ratio"]);
  const rows = new Map<string, string[]>();
  for (const line of lines.slice(start + 2)) {
    if (line.trim() === "") break;
    const cells = line.split(/\s{2,}/).map((s) => s.trim());
    rows.set(cells[0]!, cells.slice(1));
  }
  return rows;
}

// Not a measurement (the numbers of a run this short mean nothing): the benchmark runs every
// variant to the end and prints its table, so `npm run bench` keeps working.
describe("npm run bench (the built scripts/bench.ts)", () => {
  it("prints a row with times, ratios and peak RSS for every variant of each set", () => {
    const missing = mkdtempSync(path.join(tmpdir(), "nrl-bench-no-corpus-"));
    try {
      const r = runBench(["--runs", "1", "--generated", "12", "--remote", "8"], { ...process.env, NOMAD_CORPUS: path.join(missing, "corpus") });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain("Targets (ratios to the bare parse loop)");
      expect(r.stdout).toContain(`corpus not found at ${path.join(missing, "corpus")}`);
      const variants = ["bare hcl2json parse loop", "bare loop, ", "parse only, ", "linter --concurrency off", "linter off, stylish", "linter --concurrency auto", "linter --cache (warm)", "node start, empty script"];
      for (const [label, files] of [
        ["one jobspec", 1],
        ["generated jobspecs", 12],
        ["remote-task jobspecs", 8],
      ] as const) {
        expect(r.stdout).toMatch(new RegExp(`^${label}.*: ${files} files, `, "m"));
        const rows = table(r.stdout, label);
        expect([...rows.keys()].map((k) => variants.find((v) => k.startsWith(v)))).toEqual(variants);
        for (const [name, [wall, perSecond, rss, ratio, best, bestRatio]] of rows) {
          for (const n of [wall, ratio, best, bestRatio]) expect(Number(n), `${name}: ${n}`).toBeGreaterThan(0);
          expect(Number(best)).toBeLessThanOrEqual(Number(wall));
          expect(perSecond === "-" ? name.startsWith("node start") : Number(perSecond) > 0, name).toBe(true);
          expect(rss === "n/a" || Number(rss) > 0, name).toBe(true);
        }
        expect(rows.get("bare hcl2json parse loop")!.slice(3)).toEqual(["1.00", expect.any(String), "1.00"]);
      }
    } finally {
      rmSync(missing, { recursive: true, force: true });
    }
  }, 300_000);

  it("refuses a count that is not a whole number of 1 or more, before measuring anything", () => {
    for (const [flag, value] of [
      ["--runs", "abc"],
      ["--generated", "0"],
      ["--remote", "-3"],
    ]) {
      const r = runBench([flag!, value!]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`bench: ${flag} takes a whole number of 1 or more, not "${value}"\n`);
    }
  });
});
