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
    description: "Generated from src/model/spec.ts by npm run docs. Blocks are arrays of bodies; labels are object keys.",
    $ref: "#/definitions/root",
    definitions,
  };
}
