import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { VERSION } from "../../src/util/project.js";
import { repoRoot } from "./paths.js";

const goldenDir = path.join(repoRoot, "test", "golden");

/**
 * Compares text with test/golden/<name>, the linter version replaced by `<version>`.
 * Golden files are rewritten only when
 * UPDATE_GOLDEN=1 is set; a missing golden file is a failure otherwise.
 */
export function expectGolden(name: string, raw: string): void {
  const file = path.join(goldenDir, name);
  const actual = raw
    .split(`v${VERSION}`)
    .join("v<version>")
    .replace(new RegExp(`"(version|semanticVersion)": "${VERSION.replace(/\./g, "\\.")}"`, "g"), '"$1": "<version>"');
  if (process.env["UPDATE_GOLDEN"] === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${path.relative(repoRoot, file)} is missing: run UPDATE_GOLDEN=1 npm test`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
