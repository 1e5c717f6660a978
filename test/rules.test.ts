import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { messageMatches } from "./support/expectations.js";
import { repoRoot } from "./support/paths.js";

const rulesDir = path.join(repoRoot, "rules");

describe("the rule registry", () => {
  it("rules/index.ts lists every rule file once, and each file is named after its rule's id", async () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith(".ts") && f !== "index.ts").sort();
    const ids: string[] = [];
    for (const f of files) {
      const mod = (await import(path.join(rulesDir, f))) as { default: { meta: { id: string } } };
      expect(mod.default.meta.id, `rules/${f} defines a rule with a different id`).toBe(f.replace(/\.ts$/, ""));
      ids.push(mod.default.meta.id);
    }
    expect(rules.map((r) => r.meta.id).sort()).toEqual(ids);
    expect(new Set(rules.map((r) => r.meta.id)).size).toBe(rules.length);
  });
});

describe("fixture markers", () => {
  it("match a message whole, or by a regular expression between slashes, never by a part", () => {
    expect(messageMatches("template in task", "template in task \"web\" is not rendered")).toBe(false);
    expect(messageMatches('template in task "web" is not rendered', 'template in task "web" is not rendered')).toBe(true);
    expect(messageMatches("/^template in task .* not rendered$/", 'template in task "web" is not rendered')).toBe(true);
    expect(messageMatches("/^artifact/", 'template in task "web" is not rendered')).toBe(false);
  });
});

describe("npm run new-rule", () => {
  it("writes the rule, a fixture that fires and one that stays clean, and lists the rule in rules/index.ts", async () => {
    const { mkdtempSync, mkdirSync, copyFileSync, readFileSync, rmSync, existsSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { scaffoldRule } = await import("../scripts/new-rule.js");
    const root = mkdtempSync(path.join(tmpdir(), "nrl-new-rule-"));
    try {
      mkdirSync(path.join(root, "rules"));
      copyFileSync(path.join(rulesDir, "index.ts"), path.join(root, "rules", "index.ts"));
      expect(scaffoldRule(root, "remote-example")).toEqual([
        "rules/remote-example.ts",
        "fixtures/rules/remote-example/fires-basic.nomad.hcl",
        "fixtures/rules/remote-example/clean-local-driver.nomad.hcl",
        "rules/index.ts",
      ]);
      expect(readFileSync(path.join(root, "rules", "remote-example.ts"), "utf8")).toContain('id: "remote-example"');
      const index = readFileSync(path.join(root, "rules", "index.ts"), "utf8");
      expect(index).toContain('import remoteExample from "./remote-example.js";');
      expect(index).toMatch(/\n {2}remoteExample,\n\];\n$/);
      expect(existsSync(path.join(root, "fixtures", "rules", "remote-example", "clean-local-driver.nomad.hcl"))).toBe(true);
      expect(() => scaffoldRule(root, "remote-example")).toThrow("exists already");
      expect(() => scaffoldRule(root, "Remote_Example")).toThrow("lower-case words");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
