import { apiJobTree, findApiJob } from "./api-json.js";
import { tooDeep, type InputReader } from "./document.js";
import { parseJsonSource } from "./json-source.js";
import { jsonDepth } from "./nesting.js";

/**
 * Nomad API JSON (`{"Job": {...}}`, or a bare job): the job model read from the API's field
 * names; positions from the JSON text. A block in a list is reported at its opening brace,
 * anything else at its key.
 */
export const apiJsonReader: InputReader<never> = {
  read(source, _answer, { maxNesting }) {
    const parsed = parseJsonSource(source.text);
    if (!parsed.ok) return { ok: false, fatal: parsed.errors.map((e) => ({ ruleId: "syntax", line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message })) };
    if (jsonDepth(parsed.doc.value, maxNesting) > maxNesting) return { ok: false, fatal: [tooDeep({ line: 1, column: 1, endLine: 1, endColumn: 1 }, maxNesting)] };
    const found = findApiJob(parsed.doc.value);
    if ("problem" in found) return { ok: false, fatal: [{ ruleId: "jobspec-schema", line: 1, column: 1, endLine: 1, endColumn: 2, message: found.problem }] };
    const doc = parsed.doc;
    return {
      ok: true,
      doc: {
        tree: apiJobTree(found.job, found.path),
        literal: true,
        schemaInput: undefined,
        rangeOf: (p) => {
          if (typeof p[p.length - 1] !== "number") return doc.rangeOf(p, true);
          const r = doc.rangeOf(p);
          return { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
        },
        comments: undefined,
        syntaxOf: undefined,
      },
    };
  },
};
