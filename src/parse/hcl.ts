import { schemaLabels } from "../schema/check.js";
import { scanHclStructure, type HclBlock, type HclBody } from "./hcl-structure.js";
import { startHclParser } from "./hcl-wasm.js";
import { needsGuard, parseGuarded, type GuardedAnswer } from "./parser-guard.js";
import { graphemeColumnToUtf16, type Range, type SourceText } from "./source.js";

/** A syntax error as HCL reports it, with its range converted to UTF-16 columns. */
export interface HclSyntaxError extends Range {
  summary: string;
  detail: string;
}

export type HclParseResult =
  | { ok: true; json: Record<string, unknown>; unread: readonly UnreadBlock[] }
  | { ok: false; errors: HclSyntaxError[]; timedOut?: string };

/**
 * A block hcl2json has no JSON form for, left out of the JSON: in a free-form body, valid HCL
 * Nomad accepts (`unread`); in a body with a schema, a block whose label count is not the
 * schema's, which Nomad refuses too (`labels`).
 */
export type UnreadBlock =
  | { readonly kind: "unread"; readonly block: HclBlock; readonly name: string; readonly reason: string }
  | { readonly kind: "labels"; readonly block: HclBlock; readonly message: string };

/** How many blocks a file may have left out before it is refused: each costs a parse. */
const MAX_UNREAD = 16;

/** The name the parser is given; it appears in its diagnostics and nowhere else. */
const INPUT_NAME = "nomad-remote-lint.input";

/** The parser's answer for one text, before parseHcl reads it. */
export type HclParserAnswer = GuardedAnswer;

/** How long one file's parse may take, unless the caller says (see InputLimits.maxParseTime). */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;

/**
 * Runs the parser on a text and returns its answer as it is (see parseHcl). A text that may
 * take long is parsed in a thread of its own, ended after `timeoutMs` (see parser-guard.ts).
 */
export async function runHclParser(text: string, timeoutMs = DEFAULT_PARSE_TIMEOUT_MS): Promise<HclParserAnswer> {
  if (needsGuard(text)) return parseGuarded(INPUT_NAME, text, timeoutMs);
  const parse = await startHclParser();
  return parse(INPUT_NAME, text);
}

/**
 * Parses HCL native syntax into hcl2json's JSON form, or returns every syntax error HCL
 * reports; `answer` is the parser's answer for this text when it was run ahead (runHclParser).
 */
export async function parseHcl(source: SourceText, answer?: HclParserAnswer, timeoutMs = DEFAULT_PARSE_TIMEOUT_MS): Promise<HclParseResult> {
  const outcome = answer ?? (await runHclParser(source.text, timeoutMs));
  if (!outcome.ok && "timedOut" in outcome) return { ok: false, errors: [], timedOut: outcome.message };
  if (!outcome.ok && outcome.crashed) {
    return { ok: false, errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, summary: `the HCL parser failed on this file (${outcome.message})`, detail: "" }] };
  }
  if (!outcome.ok && conversionProblem(outcome.message) !== undefined) return parseAround(source, outcome.message, timeoutMs);
  if (!outcome.ok) return { ok: false, errors: parseHclErrors(outcome.message, source) };
  return { ok: true, json: jsonObject(outcome.json), unread: [] };
}

function jsonObject(text: string): Record<string, unknown> {
  const json: unknown = JSON.parse(text);
  return json === null || typeof json !== "object" || Array.isArray(json) ? {} : (json as Record<string, unknown>);
}

const LABELS_EXTENDED = /Unable to convert Block to JSON: ([^\]\n]+?)\s*\]?\s*$/;
const MIXED_LABELS = /for "([^"]+)" block, cannot have blocks with and without labels/;

/** What kind of conversion failure a message is, when it is one valid HCL can cause. */
function conversionProblem(message: string): { kind: "extends"; path: string } | { kind: "mixed"; type: string } | undefined {
  if (message.search(DIAGNOSTIC_START) !== -1) return undefined;
  const extended = LABELS_EXTENDED.exec(message);
  if (extended !== null) return { kind: "extends", path: extended[1]! };
  const mixed = MIXED_LABELS.exec(message);
  if (mixed !== null) return { kind: "mixed", type: mixed[1]! };
  return undefined;
}

/**
 * Valid HCL that the converter has no JSON form for: the block it names is blanked out (its
 * text replaced by spaces, so every position stays where it was) and the text parsed again,
 * up to MAX_UNREAD times.
 */
async function parseAround(source: SourceText, first: string, timeoutMs: number): Promise<HclParseResult> {
  const structure = scanHclStructure(source.text);
  const unread: UnreadBlock[] = [];
  let text = source.text;
  let message = first;
  for (let i = 0; i < MAX_UNREAD; i++) {
    const problem = conversionProblem(message);
    const found = problem === undefined ? undefined : problem.kind === "extends" ? findExtending(structure.body, problem.path) : findMixed(structure.body, problem.type);
    if (found === undefined || unread.some((u) => u.block.span.start === found.block.span.start)) break;
    for (const u of leftOut(structure.body, found)) {
      unread.push(u);
      text = blank(text, u.block.span.start, u.block.span.end);
    }
    const outcome = await runHclParser(text, timeoutMs);
    if (outcome.ok) return { ok: true, json: jsonObject(outcome.json), unread };
    if ("timedOut" in outcome) return { ok: false, errors: [], timedOut: outcome.message };
    if (outcome.crashed) break;
    message = outcome.message;
  }
  return { ok: false, errors: parseHclErrors(message, source) };
}

/**
 * The blocks to leave out for a conversion failure at `found`: in a body with a schema, every
 * block of its type whose label count is not the schema's (Nomad's error, and the rest can
 * be linted); in a free-form body, the block itself.
 */
function leftOut(root: HclBody, found: { block: HclBlock; siblings: readonly HclBlock[]; name: string; reason: string }): UnreadBlock[] {
  const expected = schemaLabels(root, found.block);
  if (expected === undefined) return [{ kind: "unread", block: found.block, name: found.name, reason: found.reason }];
  const { labels, where } = expected;
  const type = found.block.type;
  const hint = labels === 0 ? `${type} { ... }` : `${type} ${Array.from({ length: labels }, () => '"<name>"').join(" ")} { ... }`;
  const message = `${type} block in ${where} takes ${labels} label${labels === 1 ? "" : "s"}: ${hint}`;
  return found.siblings.filter((b) => b.labels.length !== labels).map((block) => ({ kind: "labels", block, message }));
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n\r]/g, " ") + text.slice(end);
}

const describeBlock = (b: HclBlock) => [b.type, ...b.labels.map((l) => JSON.stringify(l))].join(" ");

interface Conflict {
  readonly block: HclBlock;
  /** The blocks of its type in its body, itself among them. */
  readonly siblings: readonly HclBlock[];
  readonly name: string;
  readonly reason: string;
}

/** The block named `type.label.label...` whose labels extend a sibling's of the same type. */
function findExtending(body: HclBody, path: string): Conflict | undefined {
  const blocks = body.items.filter((i): i is HclBlock => i.kind === "block");
  for (const b of blocks) {
    if ([b.type, ...b.labels].join(".") !== path) continue;
    const shorter = blocks.find((o) => o !== b && o.type === b.type && o.labels.length < b.labels.length && o.labels.every((l, k) => b.labels[k] === l));
    if (shorter === undefined) continue;
    const reason = shorter.labels.length === 0 ? `other ${JSON.stringify(b.type)} blocks on the same level have no labels` : `its labels extend those of ${describeBlock(shorter)} on the same level`;
    return { block: b, siblings: blocks.filter((o) => o.type === b.type), name: describeBlock(b), reason };
  }
  for (const b of blocks) {
    const inner = findExtending(b.body, path);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** The first block of `type` whose label count differs from the first such block's in one body. */
function findMixed(body: HclBody, type: string): Conflict | undefined {
  const found = findMixedLabels(body, type);
  if (found === undefined) return undefined;
  const { odd, siblings } = found;
  return { block: odd, siblings, name: describeBlock(odd), reason: `other ${JSON.stringify(type)} blocks on the same level have ${odd.labels.length === 0 ? "labels" : "no labels"}` };
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
  if (starts.length === 0) return [conversionError(message)];
  return starts.map((m, i) => {
    const bodyStart = m.index + m[0].length;
    const next = starts[i + 1];
    let body = message.slice(bodyStart, next === undefined ? undefined : next.index);
    if (next === undefined) body = body.replace(/\]\s*$/, "");
    const split = body.indexOf("; ");
    const summary = mentionsAsPositions((split === -1 ? body : body.slice(0, split)).trim(), source);
    const detail = mentionsAsPositions(split === -1 ? "" : body.slice(split + 2).trim(), source);
    const line = Number(m[1]);
    const endLine = m[3] === undefined ? line : Number(m[3]);
    return {
      ...hclRange(source, line, Number(m[2]), endLine, Number(m[4])),
      summary,
      detail,
    };
  });
}

const MENTION = new RegExp(`${INPUT_NAME.replace(/[.]/g, "\\.")}:(\\d+),(\\d+)-(?:\\d+,)?\\d+`, "g");

/** A diagnostic that names another place in the file ("already set at ...") names it by line and column. */
function mentionsAsPositions(text: string, source: SourceText): string {
  return text.replace(MENTION, (_, line: string, column: string) => {
    const r = hclRange(source, Number(line), Number(column), Number(line), Number(column));
    return `line ${r.line}, column ${r.column}`;
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

/** A conversion failure with no position that no recovery applies to: at the file's start. */
function conversionError(message: string): HclSyntaxError {
  const text = message.replace(/^parse config: \[?/, "").replace(/\]$/, "").trim();
  return { line: 1, column: 1, endLine: 1, endColumn: 1, summary: text || "the file could not be parsed", detail: "" };
}

function findMixedLabels(body: HclBody, type: string): { odd: HclBlock; siblings: HclBlock[] } | undefined {
  const blocks = body.items.filter((i): i is HclBlock => i.kind === "block");
  const siblings = blocks.filter((b) => b.type === type);
  const odd = siblings.find((b) => b.labels.length !== siblings[0]!.labels.length);
  if (odd !== undefined) return { odd, siblings };
  for (const b of blocks) {
    const inner = findMixedLabels(b.body, type);
    if (inner !== undefined) return inner;
  }
  return undefined;
}
