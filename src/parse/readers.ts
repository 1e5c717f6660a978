import type { InputReader } from "./document.js";
import { apiJsonReader } from "./read-api-json.js";
import { hclReader } from "./read-hcl.js";

/** API JSON jobspecs are recognised by name: `*.json` (directory search takes `*.nomad.json`). */
export function isJsonInput(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(".json");
}

/** The reader of a file's format. */
export function readerFor(filePath: string): InputReader {
  return (isJsonInput(filePath) ? apiJsonReader : hclReader) as InputReader;
}
