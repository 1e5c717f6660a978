import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../scripts/gen-docs.js";
import { SOURCES_MODULE, sourcesModule } from "../scripts/gen-sources.mjs";
import { repoRoot } from "./support/paths.js";
import { runCli } from "./support/cli.js";

describe("generated documentation", () => {
  it("is up to date (regenerate with: npm run docs)", async () => {
    for (const [rel, text] of await generatedDocs(repoRoot)) {
      expect(readFileSync(path.join(repoRoot, rel), "utf8"), `${rel} is stale: run npm run docs`).toBe(text);
    }
  });

  it("the jobspec structure's sources module is made from schemas/source (regenerate with: npm run build)", () => {
    expect(readFileSync(path.join(repoRoot, SOURCES_MODULE), "utf8")).toBe(sourcesModule(repoRoot));
  });

  it("README shows the real output of the example command", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const golden = readFileSync(path.join(repoRoot, "test", "golden", "stylish-example.txt"), "utf8");
    expect(readme).toContain("```text" + golden + "```");
  });

  it("README's table of options names every option of --help", () => {
    const help = runCli(["--help"]).stdout;
    const options = [...help.matchAll(/^\s+(?:-\w, )?(--[a-z0-9-]+)/gm)].map((m) => m[1]!);
    expect(options.length).toBeGreaterThan(30);
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const rows = readme.split("\n").filter((l) => l.startsWith("| `-"));
    const missing = options.filter((o) => o !== "--help" && o !== "--version" && !rows.some((r) => r.includes("`" + o) || r.includes(", " + o) || r.includes(o + "`") || r.includes(o + " ")));
    expect(missing).toEqual([]);
  });

  it("README's autofix example is what --fix does (fixtures/fix/comments.nomad.hcl and its golden file)", () => {
    const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const diff = readFileSync(path.join(repoRoot, "test", "golden", "fix", "example.diff"), "utf8");
    const before = readFileSync(path.join(repoRoot, "fixtures", "fix", "comments.nomad.hcl"), "utf8");
    const after = readFileSync(path.join(repoRoot, "test", "golden", "fix", "comments.nomad.hcl"), "utf8");
    expect(readme).toContain("```diff\n" + diff + "```");
    expect(readme).toContain("```hcl\n" + before + "```");
    expect(readme).toContain("```hcl\n" + after + "```");
  });
});

describe("version", () => {
  it("src/util/project.ts matches package.json", async () => {
    const { VERSION } = await import("../src/util/project.js");
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
