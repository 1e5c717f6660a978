import type { RuleMeta } from "../engine/rule.js";

export const CONFIG_FILE_NAME = ".nomad-remote-lint.json";

/** Ids a configuration may set: every rule and engine diagnostic except `syntax`. */
export function configurableIds(metas: readonly RuleMeta[]): RuleMeta[] {
  return metas.filter((m) => m.id !== "syntax");
}

/**
 * The JSON Schema of `.nomad-remote-lint.json`, generated from the rule registry so a
 * misspelt rule id is caught. Written to schemas/config.schema.json by `npm run docs`.
 */
export function configSchema(metas: readonly RuleMeta[]): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const m of configurableIds(metas)) {
    ruleProps[m.id] = { $ref: "#/definitions/severity", description: `${m.description} (default: ${m.severity})` };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://nomad-remote-lint.dev/schemas/config.schema.json",
    title: "nomad-remote-lint configuration",
    description: `${CONFIG_FILE_NAME}: looked up from each linted file's directory upward, up to a config with "root": true or the repository root.`,
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      root: { description: "Stop the upward lookup at this file.", type: "boolean" },
      rules: { $ref: "#/definitions/rules" },
      drivers: {
        description: "Driver capability files (paths relative to this file) or inline driver descriptions.",
        type: "array",
        items: {
          type: ["string", "object"],
          if: { type: "object" },
          then: { $ref: "driver.schema.json" },
          else: { minLength: 1 },
        },
      },
      files: {
        description: "Globs, relative to this file, of files to lint whatever their name (directories are searched for *.nomad, *.nomad.hcl and *.nomad.json, and for *.hcl and *.job files holding a job block).",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      ignores: {
        description: "Globs, relative to this file, of files and directories not to lint (`vendor/**`, `legacy/`).",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      ignorePatterns: {
        description: "The same as ignores (the earlier name).",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      hcl2Strict: {
        description: "Unset variables, and values given for variables no jobspec declares, are errors (as nomad job run -hcl2-strict): for runs that pass the real var files.",
        type: "boolean",
      },
      overrides: {
        description: "Rule settings for files matching globs (relative to this file); later entries win.",
        type: "array",
        items: {
          type: "object",
          required: ["files"],
          additionalProperties: false,
          properties: {
            files: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
            rules: { $ref: "#/definitions/rules" },
          },
        },
      },
      nomadVersion: {
        description: "The Nomad version of the target cluster, such as \"1.8.4\".",
        type: "string",
        pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$",
      },
    },
    definitions: {
      severity: { enum: ["off", "info", "warning", "error"] },
      rules: { type: "object", additionalProperties: false, properties: ruleProps },
    },
  };
}
