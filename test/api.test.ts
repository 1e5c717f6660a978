import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envVariables } from "../src/config/var-files.js";
import { formatters, lintFiles, lintText } from "../src/index.js";
import { runCli } from "./support/cli.js";
import { listFiles } from "./support/files.js";
import { fixturesDir, repoRoot } from "./support/paths.js";

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), "nrl-api-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixtures = listFiles(fixturesDir, (f) => /\.nomad(\.hcl|\.json)?$/.test(f));
const json = (results: Parameters<typeof formatters.json>[0]) => formatters.json(results, { cwd: repoRoot, color: false, rules: [], version: "" });

describe("the library API and the command line give the same results", () => {
  it("for every fixture linted without variable inputs", async () => {
    const plain = fixtures.filter((f) => !existsSync(`${f}.inputs.json`));
    const cli = runCli(["--format", "json", "--concurrency", "off", ...plain]);
    expect(cli.stderr).toBe("");
    expect(json(await lintFiles(plain, { cwd: repoRoot }))).toBe(cli.stdout);
  });

  it("for every fixture with variable inputs, var files' own findings included", async () => {
    const withInputs = fixtures.filter((f) => existsSync(`${f}.inputs.json`));
    expect(withInputs.length).toBeGreaterThan(0);
    for (const file of withInputs) {
      const spec = JSON.parse(readFileSync(`${file}.inputs.json`, "utf8")) as { env?: Record<string, string>; varFiles?: string[]; vars?: string[] };
      const dir = path.dirname(file);
      const cli = runCli(["--format", "json", ...(spec.varFiles ?? []).flatMap((v) => ["--var-file", v]), ...(spec.vars ?? []).flatMap((v) => ["--var", v]), file], { cwd: dir, env: spec.env ?? {} });
      const api = lintFiles([file], { cwd: dir, variables: { env: envVariables(spec.env ?? {}), varFiles: spec.varFiles ?? [], vars: spec.vars ?? [] } });
      if (cli.status === 2) {
        // A var file that cannot be read: the command line says so and stops, the API throws the same words.
        await expect(api, path.relative(fixturesDir, file)).rejects.toThrow(cli.stderr.trim().replace(/^nomad-remote-lint: /, ""));
        continue;
      }
      expect(json(await api), path.relative(fixturesDir, file)).toBe(cli.stdout);
    }
  });

  it("with the same input checks: binary text, size and nesting limits", async () => {
    const binary = path.join(tmp, "binary.nomad.hcl");
    writeFileSync(binary, 'job "x" {\n\0}\n');
    const big = path.join(tmp, "big.nomad.hcl");
    writeFileSync(big, `job "x" {\n${"# padding\n".repeat(200)}}\n`);
    const deep = path.join(tmp, "deep.nomad.hcl");
    writeFileSync(deep, `job "x" {\n  meta = { a = ${"[".repeat(30)}1${"]".repeat(30)} }\n}\n`);
    const files = [binary, big, deep];
    const cli = runCli(["--format", "json", "--max-file-size", "1000", "--max-nesting", "20", ...files]);
    const api = await lintFiles(files, { cwd: repoRoot, limits: { maxFileSize: 1000, maxNesting: 20, maxParseTime: 10_000 } });
    expect(json(api)).toBe(cli.stdout);
    expect(api.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId)])).toEqual([["big.nomad.hcl", ["input-limit"]], ["binary.nomad.hcl", ["syntax"]], ["deep.nomad.hcl", ["input-limit"]]]);
    const text = await lintText(readFileSync(binary, "utf8"), { cwd: repoRoot, filePath: "binary.nomad.hcl" });
    expect(text.messages.map((m) => m.message)).toEqual(["binary file: it contains NUL bytes and is not a jobspec"]);
  });
});
