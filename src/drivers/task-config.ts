import type { ErrorObject, ValidateFunction } from "ajv";
import { UsageError } from "../util/errors.js";
import { Unknown, isObject, type Value } from "../eval/value.js";
import { byCloseness } from "../util/closest.js";
import { shippedConfigValidator } from "../util/validators.js";
import { typeName } from "../util/schema-errors.js";
import type { DriverRegistry, DriverSpec } from "./registry.js";

/** Stands in for a value the linter cannot know; findings on it are dropped. */
const UNKNOWN = "\u0000unknown";

let ajv: ReturnType<typeof import("../util/ajv.js").createAjv> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();
const prepared = new WeakSet<DriverRegistry>();

/**
 * Compiles the task config schemas of a registry's drivers that have no generated validator
 * (those of users' driver files), once; ajv itself loads only then. A broken schema is a
 * usage error.
 */
export async function prepareConfigValidators(registry: DriverRegistry): Promise<void> {
  if (prepared.has(registry)) return;
  for (const driver of registry.all) {
    const schema = driver.spec.config;
    if (schema === undefined || compiled.has(schema) || shippedConfigValidator(driver.spec.name, schema) !== undefined) continue;
    // Users write these schemas: be strict about what ajv must understand, not about style.
    ajv ??= (await import("../util/ajv.js")).createAjv({ strict: false });
    try {
      compiled.set(schema, ajv.compile(schema));
    } catch (error) {
      const origin = driver.origin ?? driver.spec.name;
      throw new UsageError(`${origin}: invalid driver file: /config is not a usable JSON Schema: ${(error as Error).message}`);
    }
  }
  prepared.add(registry);
}

/** The validator of a driver's task config schema (prepared by prepareConfigValidators). */
export function configValidator(spec: DriverSpec, origin: string): ValidateFunction | undefined {
  const schema = spec.config;
  if (schema === undefined) return undefined;
  const v = compiled.get(schema) ?? shippedConfigValidator(spec.name, schema);
  if (v === undefined) throw new Error(`the config schema of driver ${JSON.stringify(spec.name)} (${origin}) was not prepared`);
  return v;
}

function plain(v: Value): unknown {
  if (v instanceof Unknown) return UNKNOWN;
  if (Array.isArray(v)) return v.map(plain);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

/** One violation of a driver's config schema: a path inside the config and a message. */
export interface ConfigFinding {
  readonly path: (string | number)[];
  readonly message: string;
}

function at(doc: unknown, path: readonly (string | number)[]): unknown {
  let v = doc;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

function containsUnknown(v: unknown): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

/**
 * Wraps each object the schema wants as a list in a list of one, until none is left (every
 * pass wraps at least one, and the document is finite); true when any was wrapped.
 */
function wrapObjectBlocks(validate: ValidateFunction, doc: unknown): boolean {
  let wrapped = false;
  for (;;) {
    const targets = ((validate.errors ?? []) as ErrorObject[]).filter((e) => e.keyword === "type" && (e.params as { type?: unknown }).type === "array");
    let changed = false;
    for (const e of targets) {
      const path = segments(e.instancePath);
      const key = path.pop();
      const parent = at(doc, path);
      if (key === undefined || parent === null || typeof parent !== "object") continue;
      const value = (parent as Record<string | number, unknown>)[key];
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      (parent as Record<string | number, unknown>)[key] = [value];
      changed = wrapped = true;
    }
    if (!changed || validate(doc)) return wrapped;
  }
}

const segments = (instancePath: string): (string | number)[] =>
  instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));

/**
 * Validates an evaluated config body against the driver's schema. Values that depend on
 * unknowns are not judged. `where` names the config in messages. With `objectsAreBlocks`
 * (JSON input), an object where the schema wants a list of blocks is that block written once.
 */
export function validateConfig(validate: ValidateFunction, body: Value, where: string, objectsAreBlocks = false): ConfigFinding[] {
  const doc = plain(body);
  if (validate(doc)) return [];
  if (objectsAreBlocks && wrapObjectBlocks(validate, doc) && validate(doc)) return [];
  const out: ConfigFinding[] = [];
  for (const e of (validate.errors ?? []) as ErrorObject[]) {
    const path = segments(e.instancePath);
    const value = at(doc, path);
    if (containsUnknown(value)) continue;
    const params = e.params as Record<string, unknown>;
    const name = String(path.filter((p) => typeof p === "string").pop() ?? "config");
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(params["additionalProperty"]);
        const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const child = (value as Record<string, unknown>)[key];
        const kind = Array.isArray(child) && child.every((x) => x !== null && typeof x === "object") ? "block" : "attribute";
        const list = byCloseness(key, known).map((k) => JSON.stringify(k));
        out.push({ path: [...path, key], message: `unexpected ${kind} ${JSON.stringify(key)} in ${where}${list.length > 0 ? `. expected one of ${list.join(", ")}` : ""}` });
        break;
      }
      case "type": {
        const want = String(params["type"]);
        if (want === "array" && value !== null && typeof value === "object" && !Array.isArray(value)) {
          out.push({ path, message: `${name} is a block in ${where}: write ${name} { ... } without "="` });
        } else {
          const words: Record<string, string> = { array: "a list", object: "an object", string: "a string", number: "a number", integer: "a whole number", boolean: "a bool" };
          out.push({ path, message: `${name} in ${where} must be ${words[want] ?? want}, got ${typeName(value)}` });
        }
        break;
      }
      case "enum":
        out.push({
          path,
          message: `${name} in ${where} must be one of ${((params["allowedValues"] as unknown[]) ?? []).map((x) => JSON.stringify(x)).join(", ")}, got ${JSON.stringify(value)}`,
        });
        break;
      case "maxItems":
        out.push({ path: [...path, 1], message: `only one ${name} block is allowed in ${where}` });
        break;
      case "required":
        out.push({ path, message: `${where} lacks ${JSON.stringify(params["missingProperty"])}` });
        break;
      default:
        out.push({ path, message: `${name} in ${where}: ${e.message ?? e.keyword}` });
    }
  }
  return out;
}
