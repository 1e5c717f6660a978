import { scanHclStructure, type HclBlock, type HclBody } from "./hcl-structure.js";
import { startHclParser, type HclParseFunction } from "./hcl-wasm.js";
import { graphemeColumnToUtf16, type Range, type SourceText } from "./source.js";

/** A syntax error as HCL reports it, with its range converted to UTF-16 columns. */
export interface HclSyntaxError extends Range {
  summary: string;
  detail: string;
}

export type HclParseResult =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; errors: HclSyntaxError[] };

/** The name the parser is given; it appears in its diagnostics and nowhere else. */
const INPUT_NAME = "nomad-remote-lint.input";

/** The parser's answer for one text, before parseHcl reads it. */
export type HclParserAnswer = ReturnType<HclParseFunction>;

/** Runs the parser on a text and returns its answer as it is (see parseHcl). */
export async function runHclParser(text: string): Promise<HclParserAnswer> {
  const parse = await startHclParser();
  return parse(INPUT_NAME, text);
}

/**
 * Parses HCL native syntax into hcl2json's JSON form, or returns every syntax error HCL
 * reports; `answer` is the parser's answer for this text when it was run ahead (runHclParser).
 */
export async function parseHcl(source: SourceText, answer?: HclParserAnswer): Promise<HclParseResult> {
  const outcome = answer ?? (await runHclParser(source.text));
  if (!outcome.ok && outcome.crashed) {
    return { ok: false, errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, summary: `the HCL parser failed on this file (${outcome.message})`, detail: "" }] };
  }
  if (!outcome.ok) return { ok: false, errors: parseHclErrors(outcome.message, source) };
  const json: unknown = JSON.parse(outcome.json);
  if (json === null || typeof json !== "object" || Array.isArray(json)) return { ok: true, json: {} };
  return { ok: true, json: json as Record<string, unknown> };
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
  if (starts.length === 0) return [conversionError(message, source)];
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

const MIXED_LABELS = /for "([^"]+)" block, cannot have blocks with and without labels/;

/**
 * hcl2json reports errors of its JSON conversion without a position. The one that valid
 * HCL syntax can hit (blocks of one type with and without labels in one body) is located
 * with the structure scan, at the first block whose label count differs from its sibling's.
 */
function conversionError(message: string, source: SourceText): HclSyntaxError {
  const mixed = MIXED_LABELS.exec(message);
  if (mixed !== null) {
    const block = findMixedLabels(scanHclStructure(source.text).body, mixed[1]!);
    if (block !== undefined) {
      return {
        ...source.rangeOf(block.headerSpan),
        summary: `Inconsistent ${JSON.stringify(mixed[1])} blocks`,
        detail: `every ${JSON.stringify(mixed[1])} block in one body must have the same number of labels`,
      };
    }
  }
  const text = message.replace(/^parse config: \[?/, "").replace(/\]$/, "").trim();
  return { line: 1, column: 1, endLine: 1, endColumn: 1, summary: text || "the file could not be parsed", detail: "" };
}

function findMixedLabels(body: HclBody, type: string): HclBlock | undefined {
  const blocks = body.items.filter((i): i is HclBlock => i.kind === "block");
  const first = blocks.find((b) => b.type === type);
  const odd = first && blocks.find((b) => b.type === type && b.labels.length !== first.labels.length);
  if (odd !== undefined) return odd;
  for (const b of blocks) {
    const inner = findMixedLabels(b.body, type);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
