import { readFileSync } from "node:fs";
import { assetPath } from "../util/assets.js";
import { createAjv, type ValidateFunction } from "../util/schema.js";
import { atLeast, formatVersion, type Version } from "../util/version.js";
import { describeJobspecErrors, versionFindings, type SchemaFinding } from "./jobspec.js";

let validator: ValidateFunction | undefined;

function jobspecValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = JSON.parse(readFileSync(assetPath("schemas", "jobspec.schema.json"), "utf8")) as object;
    validator = createAjv({ verbose: false }).compile(schema);
  }
  return validator;
}

/** Checks a document in hcl2json's form against schemas/jobspec.schema.json and the target version. */
export function validateJobspec(doc: Record<string, unknown>, target: Version | undefined): SchemaFinding[] {
  const validate = jobspecValidator();
  const findings = validate(doc) ? [] : describeJobspecErrors(validate.errors ?? [], doc);
  if (target !== undefined) findings.push(...versionFindings(doc, (v) => atLeast(target, v), formatVersion(target)));
  return findings;
}
