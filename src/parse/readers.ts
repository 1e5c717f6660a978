import type { InputReader } from "./document.js";
import { jsonReader } from "./read-json.js";
import { hclReader } from "./read-hcl.js";

/**
 * JSON jobspecs: `*.json` files (directory search takes `*.nomad.json`), and any file whose
 * text starts with `{` after spaces, which Nomad parses as JSON whatever its name.
 */
export function isJsonInput(filePath: string, text?: string): boolean {
  return filePath.toLowerCase().endsWith(".json") || (text !== undefined && /^ *\{/.test(text));
}

/** The reader of a file's format. */
export function readerFor(filePath: string, text?: string): InputReader {
  return (isJsonInput(filePath, text) ? jsonReader : hclReader) as InputReader;
}
