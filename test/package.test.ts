import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HOMEPAGE } from "../src/util/project.js";
import { repoRoot } from "./support/paths.js";

interface Packed {
  files: { path: string }[];
}

describe("the package", () => {
  it("ships the licence, the README and the built command, and says where it lives", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repoRoot, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as Packed[])[0]!.files.map((f) => f.path);
    for (const f of ["LICENSE", "README.md", "package.json", "dist/cli/nomad-remote-lint.cjs", "dist/src/index.js", "dist/src/index.d.ts"]) expect(files, f).toContain(f);
    expect(readFileSync(path.join(repoRoot, "LICENSE"), "utf8")).toMatch(/^Mozilla Public License Version 2\.0\n/);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { license: string; homepage: string; repository: { url: string }; bugs: { url: string } };
    expect(pkg.license).toBe("MPL-2.0");
    expect(pkg.homepage).toBe(`${HOMEPAGE}#readme`);
    expect(pkg.repository.url).toBe(`git+${HOMEPAGE}.git`);
    expect(pkg.bugs.url).toBe(`${HOMEPAGE}/issues`);
  });
});
