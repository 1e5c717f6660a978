import { graphemeColumnToUtf16, type Range, type SourceText } from "./source.js";

/** A syntax error as HCL reports it, with its range converted to UTF-16 columns. */
export interface HclSyntaxError extends Range {
  summary: string;
  detail: string;
}

export type HclParseResult =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; errors: HclSyntaxError[] };

type Hcl2Json = typeof import("@cdktf/hcl2json");

let hcl2json: Promise<Hcl2Json> | undefined;

/**
 * Loads the HCL parser (Go compiled to WebAssembly). The module instantiates its wasm when
 * imported, so it is imported only when the first file is parsed.
 */
export function loadHclParser(): Promise<Hcl2Json> {
  hcl2json ??= import("@cdktf/hcl2json").then((m) => ("parse" in m ? m : (m as { default: Hcl2Json }).default));
  return hcl2json;
}

/** The name the parser is given; it appears in its diagnostics and nowhere else. */
const INPUT_NAME = "nomad-remote-lint.input";

/** Parses HCL native syntax into hcl2json's JSON form, or returns every syntax error HCL reports. */
export async function parseHcl(source: SourceText): Promise<HclParseResult> {
  const parser = await loadHclParser();
  try {
    const json: unknown = await parser.parse(INPUT_NAME, source.text);
    if (json === null || typeof json !== "object" || Array.isArray(json)) return { ok: true, json: {} };
    return { ok: true, json: json as Record<string, unknown> };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: parseHclErrors(message, source) };
  }
}

const DIAGNOSTIC_START = new RegExp(
  `(?:^|\\s|\\[)${INPUT_NAME.replace(/[.]/g, "\\.")}:(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): `,
  "g",
);

/**
 * Splits hcl2json's error text (`parse config: [file:1,2-3: Summary; Detail. file:...]`)
 * into one error per HCL diagnostic.
 */
export function parseHclErrors(message: string, source: SourceText): HclSyntaxError[] {
  const starts = [...message.matchAll(DIAGNOSTIC_START)];
  if (starts.length === 0) {
    const text = message.replace(/^parse config: \[?/, "").replace(/\]$/, "").trim();
    return [{ line: 1, column: 1, endLine: 1, endColumn: 1, summary: text || "the file could not be parsed", detail: "" }];
  }
  return starts.map((m, i) => {
    const bodyStart = m.index + m[0].length;
    const next = starts[i + 1];
    let body = message.slice(bodyStart, next === undefined ? undefined : next.index);
    if (next === undefined) body = body.replace(/\]\s*$/, "");
    const split = body.indexOf("; ");
    const summary = (split === -1 ? body : body.slice(0, split)).trim();
    const detail = split === -1 ? "" : body.slice(split + 2).trim();
    const line = Number(m[1]);
    const endLine = m[3] === undefined ? line : Number(m[3]);
    return {
      ...hclRange(source, line, Number(m[2]), endLine, Number(m[4])),
      summary,
      detail,
    };
  });
}

function hclRange(source: SourceText, line: number, column: number, endLine: number, endColumn: number): Range {
  const maxLine = source.lineCount;
  const l = Math.min(Math.max(line, 1), maxLine);
  const el = Math.min(Math.max(endLine, l), maxLine);
  const c = graphemeColumnToUtf16(source.lineText(l), column);
  let ec = graphemeColumnToUtf16(source.lineText(el), endColumn);
  if (el === l && ec < c) ec = c;
  return { line: l, column: c, endLine: el, endColumn: ec };
}
