import type { ErrorObject } from "ajv";
import { JOBSPEC, type AttrType, type ChildSpec, type KindSpec } from "../model/spec.js";
import type { Path } from "../model/tree.js";
import { byCloseness } from "../util/closest.js";
import { typeName } from "../util/schema.js";

const EXPRESSION = "(^|[^$])\\$\\{|(^|[^%])%\\{";
const NUMERIC = "^\\s*-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*$";

function typeSchema(type: AttrType): Record<string, unknown> {
  const expr = { $ref: "#/definitions/expression" };
  switch (type) {
    case "string":
    case "duration":
      return { type: ["string", "number", "boolean"] };
    case "number":
      return { anyOf: [{ type: "number" }, { type: "string", pattern: NUMERIC }, expr] };
    case "bool":
      return { anyOf: [{ type: "boolean" }, { enum: ["true", "false"] }, expr] };
    case "list":
      return { anyOf: [{ type: "array" }, expr] };
    case "map":
      return { anyOf: [{ type: "object" }, expr] };
    case "any":
      return {};
  }
}

function blockSchema(child: ChildSpec): Record<string, unknown> {
  const body = { $ref: `#/definitions/${child.kind}` };
  if (child.mapForm) return { anyOf: [{ type: "array", items: body, ...(child.single ? { maxItems: 1 } : {}) }, { type: "object" }, { $ref: "#/definitions/expression" }] };
  let s: Record<string, unknown> = { type: "array", items: body, ...(child.single ? { maxItems: 1 } : {}) };
  for (let i = 0; i < child.labels; i++) s = { type: "object", additionalProperties: s };
  return s;
}

function kindSchema(name: string, spec: KindSpec): Record<string, unknown> {
  if (spec.opaque) return { type: "object" };
  const properties: Record<string, unknown> = {};
  for (const [attr, a] of Object.entries(spec.attributes)) properties[attr] = typeSchema(a.type);
  const dynamic: Record<string, unknown> = {};
  for (const [type, child] of Object.entries(spec.blocks)) {
    properties[type] = blockSchema(child);
    if (JOBSPEC[child.kind]?.opaque !== true || child.mapForm) dynamic[type] = { type: "array", items: { $ref: `#/definitions/dynamic_${child.kind}` } };
  }
  if (name !== "root" && Object.keys(dynamic).length > 0) properties["dynamic"] = { type: "object", additionalProperties: false, properties: dynamic };
  const out: Record<string, unknown> = { type: "object", properties };
  if (!spec.lenient) out["additionalProperties"] = false;
  if (spec.required) out["required"] = spec.required;
  return out;
}

/**
 * The JSON Schema of a jobspec in hcl2json's JSON form (blocks are arrays of bodies, labels
 * are object keys), generated from the jobspec structure in src/model/spec.ts. Written to
 * schemas/jobspec.schema.json by `npm run docs`; the linter validates each file with it.
 */
export function jobspecJsonSchema(): Record<string, unknown> {
  const definitions: Record<string, unknown> = {
    expression: { type: "string", pattern: EXPRESSION },
  };
  for (const [name, spec] of Object.entries(JOBSPEC)) {
    definitions[name] = kindSchema(name, spec);
    definitions[`dynamic_${name}`] = {
      type: "object",
      additionalProperties: false,
      required: ["for_each", "content"],
      properties: {
        for_each: {},
        iterator: {},
        labels: typeSchema("list"),
        content: { type: "array", maxItems: 1, items: { $ref: `#/definitions/${name}` } },
      },
    };
  }
  const root = definitions["root"] as { properties: Record<string, unknown>; required?: string[] };
  root.required = ["job"];
  root.properties["job"] = { type: "object", minProperties: 1, maxProperties: 1, additionalProperties: { type: "array", maxItems: 1, items: { $ref: "#/definitions/job" } } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://nomad-remote-lint.dev/schemas/jobspec.schema.json",
    title: "Nomad jobspec (HCL2) in hcl2json's JSON form",
    description: "Generated from src/model/spec.ts by npm run docs. Blocks are arrays of bodies; labels are object keys.",
    $ref: "#/definitions/root",
    definitions,
  };
}

/** A jobspec-schema finding: a path into the document and a message. */
export interface SchemaFinding {
  readonly path: Path;
  readonly message: string;
}

interface Frame {
  readonly type: string;
  readonly labels: readonly string[];
  readonly kind: string;
}

/** Follows a JSON path through the jobspec structure: the blocks it passes and the kind it ends in. */
function walk(path: readonly string[]): { frames: Frame[]; kind: string; rest: string[] } {
  const frames: Frame[] = [];
  let kind = "root";
  let i = 0;
  while (i < path.length) {
    const key = path[i]!;
    const spec = JOBSPEC[kind];
    if (key === "dynamic" && kind !== "root") {
      const target = path[i + 1];
      const child = target === undefined ? undefined : spec?.blocks[target];
      if (child === undefined || path[i + 3] !== "content") break;
      frames.push({ type: "dynamic", labels: [target!], kind: child.kind });
      kind = child.kind;
      i += 5;
      continue;
    }
    const child = spec?.blocks[key];
    if (child === undefined || child.mapForm || JOBSPEC[child.kind]?.opaque) break;
    const labels = path.slice(i + 1, i + 1 + child.labels);
    if (labels.length < child.labels || !/^\d+$/.test(path[i + 1 + child.labels] ?? "")) break;
    frames.push({ type: key, labels, kind: child.kind });
    kind = child.kind;
    i += child.labels + 2;
  }
  return { frames, kind, rest: path.slice(i) };
}

function describeFrames(frames: readonly Frame[]): string {
  const parts: string[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    parts.push(f.labels.length > 0 ? `${f.type} ${f.labels.map((l) => JSON.stringify(l)).join(" ")}` : f.type);
    if (f.labels.length > 0) break;
  }
  return parts.length === 0 ? "the file" : parts.join(" of ");
}

const TYPE_WORDS: Record<AttrType, string> = {
  string: "a string",
  number: "a number",
  bool: "a bool",
  duration: "a duration such as \"30s\"",
  list: "a list",
  map: "a map",
  any: "a value",
};

function isBlockShaped(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => x !== null && typeof x === "object" && !Array.isArray(x));
  return false;
}

function expected(names: readonly string[], word: string): string {
  if (names.length === 0) return "";
  const sorted = byCloseness(word, names);
  const shown = sorted.slice(0, 10).map((n) => JSON.stringify(n));
  return `. expected one of ${shown.join(", ")}${sorted.length > 10 ? ", ..." : ""}`;
}

function at(doc: unknown, path: readonly string[]): unknown {
  let v = doc;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[p];
  }
  return v;
}

function pathOf(instancePath: string): string[] {
  return instancePath === "" ? [] : instancePath.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const asPath = (p: readonly string[]): Path => p.map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** Turns ajv's errors on a document into findings with actionlint-style messages. */
export function describeJobspecErrors(errors: readonly ErrorObject[], doc: unknown): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const seen = new Set<string>();
  const push = (path: readonly string[], message: string) => {
    const key = `${path.join("/")}\0${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path: asPath(path), message });
  };
  // anyOf errors stand for the branch errors under the same path: report each path once.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    if (e.keyword !== "anyOf" && anyOfPaths.has(e.instancePath) && e.schemaPath.includes("anyOf")) continue;
    const { frames, kind, rest } = walk(path);
    const spec = JOBSPEC[kind];
    const where = describeFrames(frames);
    const params = e.params as Record<string, unknown>;
    if (e.keyword === "additionalProperties") {
      const name = String(params["additionalProperty"]);
      const value = at(doc, [...path, name]);
      if (rest[0] === "dynamic" && rest.length === 3) {
        push([...path, name], `unexpected attribute ${JSON.stringify(name)} in dynamic ${JSON.stringify(rest[1])}${expected(["for_each", "iterator", "labels", "content"], name)}`);
        continue;
      }
      if (path[path.length - 1] === "dynamic" && rest.length === 1) {
        push([...path, name], `dynamic "${name}" is not allowed in ${where}: ${name} is not a block there${expected(Object.keys(spec?.blocks ?? {}), name)}`);
        continue;
      }
      if (spec?.attributes[name] !== undefined && isBlockShaped(value)) {
        push([...path, name], `${name} is an attribute, not a block, in ${where}: write ${name} = ...`);
        continue;
      }
      const block = isBlockShaped(value) || (value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isBlockShaped));
      const candidates = Object.keys(block ? (spec?.blocks ?? {}) : (spec?.attributes ?? {}));
      push([...path, name], `unexpected ${block ? "block" : "attribute"} ${JSON.stringify(name)} in ${where}${expected(candidates, name)}`);
      continue;
    }
    if (e.keyword === "required") {
      const missing = String(params["missingProperty"]);
      if (missing === "job") push([], "the file has no job block: a jobspec needs exactly one job");
      else if (rest[0] === "dynamic") push(path, `dynamic ${JSON.stringify(rest[1] ?? "")} needs ${missing === "content" ? "a content block" : "for_each"}`);
      else push(path, `${where} has no ${missing} attribute`);
      continue;
    }
    if (e.keyword === "maxProperties" && path.length === 1 && path[0] === "job") {
      const second = Object.keys((at(doc, path) as object) ?? {})[1] ?? "";
      push([...path, second, "0"], "only one job block is allowed per file");
      continue;
    }
    if (e.keyword === "maxItems") {
      push([...path, "1"], `only one ${path[path.length - 1]} block is allowed in ${describeFrames(walk(path.slice(0, -1)).frames)}`);
      continue;
    }
    // The remaining errors are about one attribute or block value: name it.
    const parent = walk(path.slice(0, -1));
    const name = path[path.length - 1] ?? "";
    const parentSpec = JOBSPEC[parent.kind];
    const value = at(doc, path);
    const child = parentSpec?.blocks[name];
    if (child !== undefined && parent.rest.length === 0) {
      const context = describeFrames(parent.frames);
      const labelHint = child.labels === 0 ? `${name} { ... }` : `${name} "<name>" { ... }`;
      if (Array.isArray(value) && !isBlockShaped(value)) {
        push(path, `${name} is a block in ${context}, not a list: write ${labelHint} (HCL1 style)`);
      } else if (child.labels === 0 && !Array.isArray(value)) {
        push(path, `${name} is a block in ${context}: write ${name} { ... } without "=" (HCL1 style)`);
      } else if (child.labels > 0 && Array.isArray(value)) {
        push(path, `${name} block in ${context} needs a label: ${labelHint}`);
      } else push(path, `${name} in ${context} is not a valid block`);
      continue;
    }
    // Inside a labeled block: more labels than the block takes.
    const grand = walk(path.slice(0, -2));
    const labeled = JOBSPEC[grand.kind]?.blocks[path[path.length - 2] ?? ""];
    if (labeled !== undefined && labeled.labels > 0 && grand.rest.length === 0 && e.keyword === "type") {
      const type = path[path.length - 2]!;
      push(path, `${type} block in ${describeFrames(grand.frames)} takes ${labeled.labels} label${labeled.labels === 1 ? "" : "s"}: ${type} "<name>" { ... }`);
      continue;
    }
    const attr = parentSpec?.attributes[name];
    if (attr !== undefined && parent.rest.length === 0) {
      const context = describeFrames(parent.frames);
      if (isBlockShaped(value) && attr.type !== "list") push(path, `${name} is an attribute, not a block, in ${context}: write ${name} = ...`);
      else push(path, `${name} in ${context} must be ${TYPE_WORDS[attr.type]}, got ${typeName(value)}`);
      continue;
    }
    push(path, `${where}: ${e.message ?? e.keyword}`);
  }
  return out;
}

export interface VersionFinding extends SchemaFinding {}

/**
 * Blocks and attributes the target Nomad version does not have yet (`since`) or no longer
 * has (`until`), walking a document in hcl2json's form.
 */
export function versionFindings(doc: unknown, atLeast: (v: string) => boolean, target: string): VersionFinding[] {
  const out: VersionFinding[] = [];
  const visit = (value: unknown, kind: string, path: string[], frames: Frame[]) => {
    const spec = JOBSPEC[kind];
    if (spec === undefined || spec.opaque || value === null || typeof value !== "object" || Array.isArray(value)) return;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const attr = spec.attributes[key];
      const child = spec.blocks[key];
      const item = child ?? attr;
      const where = describeFrames(frames);
      if (item?.since !== undefined && !atLeast(item.since)) {
        out.push({ path: asPath([...path, key]), message: `${key} in ${where} needs Nomad ${item.since} or later; the target is ${target}` });
      } else if (item?.until !== undefined && atLeast(item.until)) {
        out.push({ path: asPath([...path, key]), message: `${key} in ${where} was removed in Nomad ${item.until}; the target is ${target}` });
      }
      if (child === undefined) continue;
      const visitBodies = (x: unknown, labels: string[], p: string[], depth: number) => {
        if (depth === 0) {
          if (Array.isArray(x)) x.forEach((body, i) => visit(body, child.kind, [...p, String(i)], [...frames, { type: key, labels, kind: child.kind }]));
          return;
        }
        if (x !== null && typeof x === "object" && !Array.isArray(x)) {
          for (const [label, inner] of Object.entries(x)) visitBodies(inner, [...labels, label], [...p, label], depth - 1);
        }
      };
      visitBodies(v, [], [...path, key], child.labels);
    }
  };
  visit(doc, "root", [], []);
  return out;
}
