import { buildTree } from "../model/tree.js";
import { apiJobTree, findApiJob } from "./api-json.js";
import { tooDeep, type InputReader, type ReadDocument } from "./document.js";
import { readHclJson } from "./hcl-json.js";
import { parseJsonSource, type JsonSource } from "./json-source.js";
import { jsonDepth } from "./nesting.js";
import type { Path } from "../model/tree.js";

/**
 * A JSON jobspec, in either form Nomad reads: the API's (`{"Job": {...}}`, or a bare job, as
 * `nomad job inspect` and `nomad job run -output` print it), whose strings are values; or
 * HCL's JSON syntax (`{"job": {"<name>": {...}}}`, as `nomad job run` reads a file), whose
 * strings are templates evaluated as native syntax's are. Positions come from the JSON text:
 * a block is reported at its opening brace, anything else at its key.
 */
export const jsonReader: InputReader<never> = {
  read(source, _answer, { maxNesting }) {
    const parsed = parseJsonSource(source.text);
    if (!parsed.ok) {
      // One finding at a place: the errors the parser gives there are said together.
      const at = new Map<string, (typeof parsed.errors)[number] & { message: string }>();
      for (const e of parsed.errors) {
        const key = `${e.line}:${e.column}`;
        const seen = at.get(key);
        if (seen === undefined) at.set(key, { ...e });
        else if (!seen.message.split("; ").includes(e.message)) seen.message += `; ${e.message}`;
      }
      return { ok: false, fatal: [...at.values()].map((e) => ({ ruleId: "syntax", line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message })) };
    }
    if (jsonDepth(parsed.doc.value, maxNesting) > maxNesting) return { ok: false, fatal: [tooDeep({ line: 1, column: 1, endLine: 1, endColumn: 1 }, maxNesting)] };
    const value = parsed.doc.value;
    const found = findApiJob(value);
    if ("job" in found) return { ok: true, doc: document(parsed.doc, apiJobTree(found.job, found.path), true, undefined, (p) => p) };
    if (value !== null && typeof value === "object" && !Array.isArray(value) && "job" in value) {
      const hcl = readHclJson(value as Record<string, unknown>);
      return { ok: true, doc: document(parsed.doc, buildTree(hcl.json), false, hcl.json, (p) => hcl.sourcePath(p)) };
    }
    return { ok: false, fatal: [{ ruleId: "jobspec-schema", line: 1, column: 1, endLine: 1, endColumn: 2, message: found.problem }] };
  },
};

function document(doc: JsonSource, tree: ReadDocument["tree"], literal: boolean, schemaInput: Record<string, unknown> | undefined, toSource: (p: Path) => Path): ReadDocument {
  return {
    tree,
    literal,
    jsonSyntax: true,
    schemaInput,
    bothForms: undefined,
    notices: [],
    rangeOf: (p) => {
      const at = toSource(p);
      if (typeof p[p.length - 1] !== "number") return doc.rangeOf(at, true);
      const r = doc.rangeOf(at);
      return { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
    },
    comments: undefined,
    syntaxOf: undefined,
  };
}
