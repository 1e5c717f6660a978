import type { Expr } from "./ast.js";
import { EvalError, Unknown, describe, isObject, toBool, toNum, toStr, typeName, type Value, type ValueObject } from "./value.js";

/** A variable's type constraint (`string`, `list(number)`, `object({a = string})`, ...). */
export type TypeSpec =
  | { readonly k: "string" | "number" | "bool" | "any" }
  | { readonly k: "list" | "set" | "map"; readonly e: TypeSpec }
  | { readonly k: "tuple"; readonly items: readonly TypeSpec[] }
  | { readonly k: "object"; readonly attrs: ReadonlyMap<string, { t: TypeSpec; optional: boolean; def: Expr | undefined }> };

export const ANY: TypeSpec = { k: "any" };

/** Reads a type constraint expression; throws EvalError for anything that is not one. */
export function typeFromExpr(e: Expr): TypeSpec {
  if (e.t === "var" && ["string", "number", "bool", "any"].includes(e.name)) return { k: e.name as "string" };
  if (e.t === "call") {
    const [arg] = e.args;
    switch (e.name) {
      case "list":
      case "set":
      case "map":
        if (e.args.length !== 1) throw new EvalError(`${e.name}() type takes one element type`);
        return { k: e.name, e: typeFromExpr(arg!) };
      case "tuple":
        if (arg?.t !== "tuple") throw new EvalError("tuple() type takes a list of element types");
        return { k: "tuple", items: arg.items.map(typeFromExpr) };
      case "object": {
        if (arg?.t !== "object") throw new EvalError("object() type takes an object of attribute types");
        const attrs = new Map<string, { t: TypeSpec; optional: boolean; def: Expr | undefined }>();
        for (const item of arg.items) {
          if (item.key.t !== "lit" || typeof item.key.v !== "string") throw new EvalError("object() type keys must be names");
          const v = item.value;
          if (v.t === "call" && v.name === "optional") attrs.set(item.key.v, { t: typeFromExpr(v.args[0]!), optional: true, def: v.args[1] });
          else attrs.set(item.key.v, { t: typeFromExpr(v), optional: false, def: undefined });
        }
        return { k: "object", attrs };
      }
    }
  }
  throw new EvalError("invalid type constraint: expected string, number, bool, any, list(...), set(...), map(...), tuple([...]) or object({...})");
}

export function describeType(t: TypeSpec): string {
  switch (t.k) {
    case "list":
    case "set":
    case "map":
      return `${t.k}(${describeType(t.e)})`;
    case "tuple":
      return `tuple([${t.items.map(describeType).join(", ")}])`;
    case "object":
      return `object({${[...t.attrs].map(([k, a]) => `${k} = ${describeType(a.t)}`).join(", ")}})`;
    default:
      return t.k;
  }
}

/** Converts a value to a type as HCL does ("5" → 5 for number); throws EvalError saying why it cannot. */
/** Evaluates an expression in the scope of the value being converted (an optional attribute's default). */
export type EvaluateExpr = (e: Expr) => Value;

export function convert(v: Value, t: TypeSpec, evaluateDefault: EvaluateExpr, where = "value"): Value {
  if (v instanceof Unknown || v === null || t.k === "any") return v;
  try {
    switch (t.k) {
      case "string":
        return toStr(v, where);
      case "number":
        return toNum(v, where);
      case "bool":
        return toBool(v, where);
      case "list":
      case "set": {
        if (!Array.isArray(v)) throw new EvalError(`${where} is ${describe(v)} (a ${typeName(v)}), where a ${t.k} is required`);
        const items = v.map((x, i) => convert(x, t.e, evaluateDefault, `${where}[${i}]`));
        return t.k === "set" ? items.filter((x, i) => items.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i) : items;
      }
      case "map": {
        if (!isObject(v)) throw new EvalError(`${where} is ${describe(v)} (a ${typeName(v)}), where a map is required`);
        const out: ValueObject = {};
        for (const [k, x] of Object.entries(v)) out[k] = convert(x, t.e, evaluateDefault, `${where}["${k}"]`);
        return out;
      }
      case "tuple": {
        if (!Array.isArray(v) || v.length !== t.items.length) throw new EvalError(`${where} must be a list of ${t.items.length} items`);
        return v.map((x, i) => convert(x, t.items[i]!, evaluateDefault, `${where}[${i}]`));
      }
      case "object": {
        if (!isObject(v)) throw new EvalError(`${where} is ${describe(v)} (a ${typeName(v)}), where an object is required`);
        const out: ValueObject = {};
        for (const [k, a] of t.attrs) {
          if (k in v) out[k] = convert(v[k]!, a.t, evaluateDefault, `${where}.${k}`);
          else if (a.optional) out[k] = a.def === undefined ? null : convert(evaluateDefault(a.def), a.t, evaluateDefault, `${where}.${k}`);
          else throw new EvalError(`${where} lacks the attribute ${JSON.stringify(k)}`);
        }
        return out;
      }
    }
  } catch (error) {
    if (error instanceof EvalError && !error.message.startsWith(where)) throw new EvalError(`${where}: ${error.message}`);
    throw error;
  }
}
