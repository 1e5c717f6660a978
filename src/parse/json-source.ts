import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { SourceText, type Range } from "./source.js";
import type { Path } from "../model/tree.js";

/** A JSON document kept with its syntax tree, so that paths map back to source ranges. */
export interface JsonSource {
  readonly source: SourceText;
  readonly value: unknown;
  /** The range of the value at `path` or, for `key: true`, of its property name. */
  rangeOf(path: Path, key?: boolean): Range;
}

export interface JsonSyntaxError extends Range {
  message: string;
}

export type JsonParseResult = { ok: true; doc: JsonSource } | { ok: false; errors: JsonSyntaxError[] };

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "invalid symbol",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected \":\"",
  CommaExpected: "expected \",\"",
  CloseBraceExpected: "expected \"}\"",
  CloseBracketExpected: "expected \"]\"",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unexpected end of comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character",
};

/** Parses strict JSON (no comments, no trailing commas), keeping offsets for every value. */
export function parseJsonSource(raw: string): JsonParseResult {
  const source = new SourceText(raw);
  const errors: ParseError[] = [];
  const tree = parseTree(source.text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === undefined) {
    const list = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    return {
      ok: false,
      errors: list.map((e) => ({
        ...source.rangeOf({ start: e.offset, end: e.offset + Math.max(e.length, 0) }),
        message: MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error),
      })),
    };
  }
  const root: Node = tree;
  return {
    ok: true,
    doc: {
      source,
      value: getNodeValue(root) as unknown,
      rangeOf(path, key = false) {
        let node = descend(root, path);
        if (key && node.parent?.type === "property" && node.parent.children?.[0]) node = node.parent.children[0];
        return source.rangeOf({ start: node.offset, end: node.offset + node.length });
      },
    },
  };
}

/**
 * The node at a path, or the deepest one that exists. Segments index arrays whether they
 * are numbers or numeric strings (JSON pointers carry indexes as text).
 */
function descend(root: Node, path: Path): Node {
  let node = root;
  for (const segment of path) {
    let next: Node | undefined;
    if (node.type === "array" && /^\d+$/.test(String(segment))) next = node.children?.[Number(segment)];
    else if (node.type === "object") next = findNodeAtLocation(node, [String(segment)]);
    if (next === undefined) break;
    node = next;
  }
  return node;
}
