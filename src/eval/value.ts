import { NUMERIC } from "../model/values.js";
/** A value the linter cannot know before the job runs, with why. */
export class Unknown {
  /**
   * `reported`: the cause is already a finding of its own (an invalid value), so no
   * `unresolved-value`. `kept`: for what Nomad leaves for the client (`${node.unique.name}`,
   * `"${NOMAD_PORT_http}:80"`), the text Nomad keeps in its place.
   */
  constructor(
    readonly reason: string,
    readonly reported = false,
    readonly kept?: string,
  ) {}
}

/** The text Nomad keeps for a value: a string as it is, or a runtime reference as `${...}`; else undefined. */
export function keptText(v: Value): string | undefined {
  return typeof v === "string" ? v : v instanceof Unknown ? v.kept : undefined;
}

/** HCL values as the evaluator holds them: JSON-like, plus unknown. */
export type Value = null | boolean | number | string | Value[] | ValueObject | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

/**
 * An error thrown and caught in the course of evaluation (try(), can(), undeclared names, a
 * spent budget), never shown with a stack: capturing one would cost more than the evaluation.
 */
export class StacklessError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** An evaluation failure Nomad would also report (the job would not parse). */
export class EvalError extends StacklessError {}

export function isObject(v: Value): v is ValueObject {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown);
}

/** The first unknown inside a value, if any. */
export function findUnknown(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v)) {
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u) return u;
    }
  }
  return undefined;
}

export function typeName(v: Value): string {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return "object";
  return typeof v;
}

/** HCL's number formatting in strings: integers without a fraction. */
export function numberToString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function toStr(v: Value, what = "value"): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) throw new EvalError(`${what} is null, where a string is required`);
  throw new EvalError(`${what} is a ${typeName(v)}, where a string is required`);
}


export function toNum(v: Value, what = "value"): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && NUMERIC.test(v)) return Number(v);
  if (v === null) throw new EvalError(`${what} is null, where a number is required`);
  throw new EvalError(`${what} (${describe(v)}) is not a number`);
}

export function toBool(v: Value, what = "value"): boolean {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (v === null) throw new EvalError(`${what} is null, where a bool is required`);
  throw new EvalError(`${what} (${describe(v)}) is not a bool`);
}

export function toList(v: Value, what = "value"): Value[] {
  if (Array.isArray(v)) return v;
  throw new EvalError(`${what} is a ${typeName(v)}, where a list is required`);
}

export function toObject(v: Value, what = "value"): ValueObject {
  if (isObject(v)) return v;
  throw new EvalError(`${what} is a ${typeName(v)}, where a map or object is required`);
}

/** A short rendering of a value for messages. */
export function describe(v: Value): string {
  if (v instanceof Unknown) return "an unknown value";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 37) + "..." : v);
  const s = JSON.stringify(v);
  return s.length > 40 ? s.slice(0, 37) + "..." : s;
}

/** Structural equality, type-sensitive as HCL's `==` ("1" != 1). */
export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k]!, b[k]!));
  }
  return false;
}

/** Converts JSON (hcl2json literals, API JSON, var files) to a value. */
export function fromJson(v: unknown): Value {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === "object") {
    const out: ValueObject = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromJson(x);
    return out;
  }
  return null;
}
