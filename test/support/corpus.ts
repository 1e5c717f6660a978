import { readFileSync } from "node:fs";
import path from "node:path";
import { corpusDir } from "./paths.js";

export interface CorpusEntry {
  localPath: string;
  absPath: string;
  kind: string;
  parse: "ok" | "error";
}

/** The corpus files with their manifest kind and the parse result PARSE.tsv records. */
export function corpusEntries(): CorpusEntry[] {
  const rows = (file: string) =>
    readFileSync(path.join(corpusDir, file), "utf8")
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"));
  const kinds = new Map(rows("MANIFEST.tsv").map((r) => [r[0]!, r[5]!]));
  return rows("PARSE.tsv").map((r) => ({
    localPath: r[0]!,
    absPath: path.join(corpusDir, r[0]!),
    kind: kinds.get(r[0]!) ?? "unknown",
    parse: r[1] === "ok" ? "ok" : "error",
  }));
}
