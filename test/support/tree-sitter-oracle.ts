import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";
import { decodeLabel, type HclBody } from "../../src/parse/hcl-structure.js";

/** The structure tree-sitter-hcl sees, in the shape the locator produces, for comparison. */
export type OracleItem =
  | { kind: "attribute"; name: string; start: number; end: number }
  | { kind: "block"; type: string; labels: string[]; start: number; headerEnd: number; end: number; items: OracleItem[] };

export interface OracleResult {
  hasError: boolean;
  items: OracleItem[];
  comments: { start: number; end: number }[];
}

/** The locator's structure in the oracle's shape. */
export function asOracle(body: HclBody): OracleItem[] {
  return body.items.map((item) =>
    item.kind === "attribute"
      ? { kind: "attribute", name: item.name, start: item.span.start, end: item.span.end }
      : {
          kind: "block",
          type: item.type,
          labels: [...item.labels],
          start: item.span.start,
          headerEnd: item.headerSpan.end,
          end: item.span.end,
          items: asOracle(item.body),
        },
  );
}

let parser: Parser | undefined;

export async function loadOracle(): Promise<(text: string) => OracleResult> {
  if (parser === undefined) {
    await Parser.init();
    const require = createRequire(import.meta.url);
    const wasm = require.resolve("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm");
    const language = await Language.load(wasm);
    parser = new Parser();
    parser.setLanguage(language);
  }
  const p = parser;
  return (text) => {
    const tree = p.parse(text);
    if (tree === null) throw new Error("tree-sitter returned no tree");
    try {
      const root = tree.rootNode;
      const comments: { start: number; end: number }[] = [];
      collectComments(root, comments);
      const body = root.namedChildren.find((n) => n?.type === "body");
      return { hasError: root.hasError, items: body ? items(body) : [], comments };
    } finally {
      tree.delete();
    }
  };
}

function collectComments(node: Node, out: { start: number; end: number }[]): void {
  if (node.type === "comment") {
    // tree-sitter keeps the CR of a CRLF line ending in a line comment; the locator does not.
    const end = node.text.endsWith("\r") ? node.endIndex - 1 : node.endIndex;
    out.push({ start: node.startIndex, end });
    return;
  }
  for (const child of node.children) if (child) collectComments(child, out);
}

function items(body: Node): OracleItem[] {
  const out: OracleItem[] = [];
  for (const child of body.namedChildren) {
    if (child === null) continue;
    if (child.type === "attribute") {
      const name = child.namedChildren[0]!;
      out.push({ kind: "attribute", name: name.text, start: child.startIndex, end: child.endIndex });
    } else if (child.type === "block") {
      const parts = child.namedChildren.filter((n): n is Node => n !== null);
      const type = parts[0]!;
      const labels: string[] = [];
      let headerEnd = type.endIndex;
      let inner: OracleItem[] = [];
      for (const part of parts.slice(1)) {
        if (part.type === "string_lit") {
          labels.push(decodeLabel(part.text.slice(1, -1)));
          headerEnd = part.endIndex;
        } else if (part.type === "identifier") {
          labels.push(part.text);
          headerEnd = part.endIndex;
        } else if (part.type === "body") {
          inner = items(part);
        }
      }
      out.push({ kind: "block", type: type.text, labels, start: child.startIndex, headerEnd, end: child.endIndex, items: inner });
    }
  }
  return out;
}
