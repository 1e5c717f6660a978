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

/** The value when the attribute is a literal number (or a string holding one, as HCL converts). */
export function literalNumber(attr: Attribute | undefined): number | undefined {
  const v = attr?.value;
  if (typeof v === "number") return v;
  if (typeof v === "string" && !isExpressionString(v) && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** The value when the attribute is a literal bool (or the strings "true"/"false", as HCL converts). */
export function literalBool(attr: Attribute | undefined): boolean | undefined {
  const v = attr?.value;
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return undefined;
}
