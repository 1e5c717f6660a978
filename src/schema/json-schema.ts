import { NUMERIC } from "../model/values.js";
import { JOBSPEC, type AttrType, type ChildSpec, type KindSpec } from "../model/spec.js";

const EXPRESSION = "(^|[^$])\\$\\{|(^|[^%])%\\{";


function typeSchema(type: AttrType): Record<string, unknown> {
  const expr = { $ref: "#/definitions/expression" };
  switch (type) {
    case "string":
    case "duration":
      return { type: ["string", "number", "boolean"] };
    case "number":
      return { anyOf: [{ type: "number" }, { type: "string", pattern: NUMERIC.source }, expr] };
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

/** A value of a map body: a list of scalars where lists are asked for, never a block. */
function mapValueSchema(type: AttrType): Record<string, unknown> {
  if (type !== "list") return typeSchema(type);
  return { anyOf: [{ type: "array", not: { minItems: 1, items: { type: "object" } } }, { $ref: "#/definitions/expression" }] };
}

/** A label matched as Nomad matches it, whatever its case. */
function anyCase(label: string): string {
  return `^${[...label].map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join("")}$`;
}

function blockSchema(child: ChildSpec): Record<string, unknown> {
  const body = { $ref: `#/definitions/${child.kind}` };
  if (child.mapForm) {
    // Block form, attribute form, or an expression: chosen by the value's type, so an error is
    // reported inside the form the value has.
    const values = JOBSPEC[child.kind]?.values;
    const asAttribute = values === undefined ? {} : { additionalProperties: mapValueSchema(values) };
    return {
      if: { type: "array" },
      then: { type: "array", items: body, ...(child.single ? { maxItems: 1 } : {}) },
      else: { if: { type: "object" }, then: { type: "object", ...asAttribute }, else: { $ref: "#/definitions/expression" } },
    };
  }
  const labelTypes = child.scaling?.labelTypes;
  if (labelTypes !== undefined && child.labels === 1) {
    const patternProperties: Record<string, unknown> = {};
    for (const [label, type] of Object.entries(labelTypes)) {
      const typed = { type: "object", properties: { type: { anyOf: [{ const: type }, { not: { type: "string" } }, { $ref: "#/definitions/expression" }] } } };
      patternProperties[anyCase(label)] = { type: "array", maxItems: 1, items: { allOf: [body, typed] } };
    }
    return { type: "object", patternProperties, additionalProperties: false };
  }
  const types = child.scaling?.types;
  const item = types === undefined ? body : { allOf: [body, { type: "object", properties: { type: { anyOf: [{ enum: types }, { not: { type: "string" } }, { $ref: "#/definitions/expression" }] } } }] };
  let s: Record<string, unknown> = { type: "array", items: item, ...(child.single ? { maxItems: 1 } : {}) };
  for (let i = 0; i < child.labels; i++) s = { type: "object", additionalProperties: s };
  return s;
}

/** A body holding blocks along a path of block types, in hcl2json's form (blocks are lists of bodies). */
function blockPath(types: readonly string[]): Record<string, unknown> {
  const [first, ...rest] = types;
  if (first === undefined) return { type: "object" };
  return { type: "object", properties: { [first]: { type: "array", contains: blockPath(rest) } }, required: [first] };
}

function kindSchema(name: string, spec: KindSpec): Record<string, unknown> {
  if (spec.opaque) return { type: "object" };
  if (spec.values !== undefined) return { type: "object", additionalProperties: mapValueSchema(spec.values) };
  const properties: Record<string, unknown> = {};
  for (const [attr, a] of Object.entries(spec.attributes)) properties[attr] = typeSchema(a.type);
  const dynamic: Record<string, unknown> = {};
  for (const [type, child] of Object.entries(spec.blocks)) {
    properties[type] = blockSchema(child);
    if (JOBSPEC[child.kind]?.opaque !== true || child.mapForm) dynamic[type] = { type: "array", items: { $ref: `#/definitions/dynamic_${child.kind}` } };
  }
  if (name !== "root" && Object.keys(dynamic).length > 0) properties["dynamic"] = { type: "object", additionalProperties: false, properties: dynamic };
  const out: Record<string, unknown> = { type: "object", properties, additionalProperties: false };
  if (spec.required) out["required"] = spec.required;
  for (const names of spec.requiredBlocks?.anyOf ?? []) {
    const has = (n: string) => ({ type: "object", properties: { [n]: true }, required: [n] });
    const anyOf = { anyOf: names.flatMap((n) => [has(n), { type: "object", properties: { dynamic: has(n) }, required: ["dynamic"] }]) };
    const unless = spec.requiredBlocks!.unless;
    out["allOf"] = [...((out["allOf"] as unknown[] | undefined) ?? []), unless === undefined ? anyOf : { if: blockPath(unless), else: anyOf }];
  }
  return out;
}

/**
 * The JSON Schema of a jobspec in hcl2json's JSON form (blocks are arrays of bodies, labels
 * are object keys), generated from the jobspec structure in src/model/spec.ts. Written to
 * schemas/jobspec.schema.json by `npm run docs`. The linter checks files with a walker over
 * the same structure (src/schema/validate.ts), which a test keeps in agreement with ajv
 * validating against this schema.
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
    description:
      "Generated by npm run docs from schemas/source/nomad-api.json (the hcl tags of Nomad's api structs, v1.1.0 to v2.0.0) and schemas/source/jobspec2.json (where Nomad's HCL2 parser departs from them), through src/model/spec.ts. Blocks are arrays of bodies; labels are object keys. The union of the versions: since and until are checked by the linter against --nomad-version.",
    $ref: "#/definitions/root",
    definitions,
  };
}
