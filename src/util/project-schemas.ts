import { readFileSync } from "node:fs";
import { assetPath } from "./assets.js";
import { createAjv, type ValidateFunction } from "./schema.js";

let ajv: ReturnType<typeof createAjv> | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * A validator for one of the project's schemas in schemas/ (`driver`, `config`), compiled
 * once per process. The driver schema is registered first so others can refer to it.
 */
export function projectValidator(name: "driver" | "config"): ValidateFunction {
  let v = compiled.get(name);
  if (v !== undefined) return v;
  if (ajv === undefined) {
    ajv = createAjv();
    ajv.addSchema(readSchema("driver"));
  }
  const schema = readSchema(name);
  v = name === "driver" ? ajv.getSchema((schema as { $id: string }).$id)! : ajv.compile(schema);
  compiled.set(name, v);
  return v;
}

function readSchema(name: string): object {
  return JSON.parse(readFileSync(assetPath("schemas", `${name}.schema.json`), "utf8")) as object;
}
