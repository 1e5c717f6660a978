import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const fixturesDir = path.join(repoRoot, "fixtures");

/** The shared corpus of public jobspecs; NOMAD_CORPUS overrides where it is. */
export const corpusDir = path.resolve(process.env["NOMAD_CORPUS"] ?? path.join(repoRoot, "..", "shared", "corpus"));
export const corpusPresent = existsSync(path.join(corpusDir, "MANIFEST.tsv"));
