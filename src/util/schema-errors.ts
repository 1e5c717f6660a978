import type { ErrorObject } from "ajv";
import { closest } from "./closest.js";

export type { ValidateFunction } from "ajv";

/** One schema violation, with a JSON pointer path and a message saying what was expected. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** The problem is the property name itself (an unexpected key), not its value. */
  key?: true;
  /** For an unexpected key: the names the schema allows there. */
  candidates?: string[];
}

export function pointerOf(path: readonly (string | number)[]): string {
  return path.length === 0 ? "/" : path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const quote = (v: unknown): string => JSON.stringify(v);

/**
 * Turns ajv errors into problems with messages in the project's style, most specific first.
 * With `echo` false the messages name the kind of a wrong value, never the value itself (for
 * files whose contents are not to be repeated: driver files).
 */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined, echo = true): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors ?? []) {
    const problem = describe(error, echo);
    if (problem === undefined) continue;
    const key = pointerOf(problem.path) + "\0" + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function describe(error: ErrorObject, echo: boolean): SchemaProblem | undefined {
  const path = pathOf(error.instancePath);
  const got = (value: unknown): string => (echo ? quote(value) : typeName(value, false));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== "$schema");
      const hint = closest(name, known);
      const expected = known.length > 0 ? `; expected one of ${known.map(quote).join(", ")}` : "";
      return {
        path: [...path, name],
        key: true,
        candidates: known,
        message: `unexpected property ${quote(name)}${hint ? ` (did you mean ${quote(hint)}?)` : expected}`,
      };
    }
    case "propertyNames":
    case "if":
      return undefined;
    case "required":
      return { path, message: `missing required property ${quote(params["missingProperty"])}` };
    case "type":
      return { path, message: `expected ${article(String(params["type"]))}, got ${typeName(error.data, echo)}` };
    case "enum": {
      const allowed = (params["allowedValues"] as unknown[]) ?? [];
      const hint = typeof error.data === "string" ? closest(error.data, allowed.map(String)) : undefined;
      return {
        path,
        message: `expected one of ${allowed.map(quote).join(", ")}, got ${got(error.data)}${hint ? ` (did you mean ${quote(hint)}?)` : ""}`,
      };
    }
    case "const":
      return { path, message: `expected ${quote(params["allowedValue"])}, got ${got(error.data)}` };
    case "pattern":
      return { path, message: `${echo ? quote(error.data) : "the value"} does not match the pattern ${quote(params["pattern"])}` };
    case "uniqueItems":
      return { path, message: `items ${String(params["j"])} and ${String(params["i"])} are the same; each may appear once` };
    case "minLength":
      return { path, message: `must not be empty` };
    default:
      return { path, message: error.message ?? `fails the ${error.keyword} check` };
  }
}

function article(type: string): string {
  const names = type.split(",").map((t) => (t === "object" ? "an object" : t === "array" ? "an array" : t === "integer" ? "an integer" : `a ${t}`));
  return names.join(" or ");
}

export function typeName(value: unknown, echo = true): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (!echo) return typeof value === "string" ? "a string" : `a ${typeof value}`;
  if (typeof value === "string") return `the string ${quote(value.length > 40 ? value.slice(0, 37) + "..." : value)}`;
  return `${typeof value} ${String(value)}`;
}
