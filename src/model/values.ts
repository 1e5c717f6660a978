import type { Attribute } from "./tree.js";

/**
 * True when a string from hcl2json still holds an expression: an interpolation `${` or a
 * directive `%{` that is not escaped as `$${` / `%%{` (hcl2json folds constant expressions
 * and leaves the rest as template text).
 */
export function isExpressionString(value: string): boolean {
  if (!value.includes("{")) return false;
  const re = /([$%]+)\{/g;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    const run = m[1]!;
    // Only a run of one marker character counts; `$$` escapes, so an odd run interpolates.
    const last = run[run.length - 1]!;
    let count = 0;
    for (let i = run.length - 1; i >= 0 && run[i] === last; i--) count++;
    if (count % 2 === 1) return true;
  }
  return false;
}

/** The literal text of a template string without expressions (`$${` → `${`). */
export function unescapeTemplate(value: string): string {
  return value.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}

/** The value when the attribute is a literal string; undefined for expressions and other types. */
export function literalString(attr: Attribute | undefined): string | undefined {
  const v = attr?.value;
  if (typeof v !== "string" || isExpressionString(v)) return undefined;
  return unescapeTemplate(v);
}

/** A number as HCL converts text to one: `500`, `-1.5`, `.5`, `1e3`, with spaces around. */
export const NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Whether an attribute is written as a literal number (or a string holding one, as HCL converts). */
export function isLiteralNumber(attr: Attribute | undefined): boolean {
  const v = attr?.value;
  return typeof v === "number" || (typeof v === "string" && !isExpressionString(v) && NUMERIC.test(v));
}
