import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ErrorObject } from "ajv";
import { beforeAll, describe, expect, it } from "vitest";
import { parseHcl } from "../src/parse/hcl.js";
import { SourceText } from "../src/parse/source.js";
import { validateJobspec } from "../src/schema/check.js";
import { createAjv } from "../src/util/ajv.js";
import type { ValidateFunction } from "../src/util/schema-errors.js";
import { corpusEntries } from "./support/corpus.js";
import { corpusPresent, fixturesDir, repoRoot } from "./support/paths.js";

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(repoRoot, "schemas", name), "utf8")) as { $id: string };

describe("the project's schemas", () => {
  it("compile with ajv in strict mode", () => {
    const ajv = createAjv();
    ajv.addSchema(readSchema("driver.schema.json"));
    expect(() => ajv.compile(readSchema("config.schema.json"))).not.toThrow();
    expect(() => ajv.compile(readSchema("jobspec.schema.json"))).not.toThrow();
  });

  it("every shipped driver file validates against driver.schema.json, and its config schema compiles", () => {
    const ajv = createAjv();
    const validate = ajv.compile(readSchema("driver.schema.json"));
    const configs = createAjv({ strict: false });
    for (const f of readdirSync(path.join(repoRoot, "schemas", "drivers"))) {
      const spec = JSON.parse(readFileSync(path.join(repoRoot, "schemas", "drivers", f), "utf8")) as { name: string; config?: object };
      expect(validate(spec), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(`${spec.name}.json`).toBe(f);
      if (spec.config) expect(() => configs.compile(spec.config!)).not.toThrow();
    }
  });
});

/** The paths ajv's errors point at, in the form the walker reports them. */
function ajvPaths(errors: readonly ErrorObject[], doc: unknown): string[] {
  const out = new Set<string>();
  for (const e of errors) {
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case "additionalProperties":
        out.add(`${e.instancePath}/${String(params["additionalProperty"])}`);
        break;
      case "maxItems":
        out.add(`${e.instancePath}/1`);
        break;
      case "maxProperties": {
        const second = Object.keys((doc as { job: object }).job)[1];
        out.add(`${e.instancePath}/${second}/0`);
        break;
      }
      case "if":
        break;
      default:
        // anyOf and type errors of one value share its path; one entry stands for them.
        if (!e.schemaPath.includes("/anyOf/")) out.add(e.instancePath);
    }
  }
  return [...out].sort();
}

function jobspecFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jobspecFiles(full);
    return /\.nomad(\.hcl)?$/.test(name) ? [full] : [];
  });
}

describe("the jobspec walker and ajv with schemas/jobspec.schema.json reach the same verdicts", () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = createAjv({ verbose: false }).compile(readSchema("jobspec.schema.json"));
  });

  const files = [...jobspecFiles(fixturesDir), ...(corpusPresent ? corpusEntries().filter((e) => e.kind !== "json").map((e) => e.absPath) : [])];

  it(`on every fixture${corpusPresent ? " and corpus file" : ""} that parses`, async () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const file of files) {
      const parsed = await parseHcl(new SourceText(readFileSync(file, "utf8")));
      if (!parsed.ok) continue;
      compared++;
      const walker = [...new Set(validateJobspec(parsed.json, undefined).map((f) => (f.path.length === 0 ? "" : "/" + f.path.join("/"))))].sort();
      const ajv = validate(parsed.json) ? [] : ajvPaths(validate.errors ?? [], parsed.json);
      if (JSON.stringify(walker) !== JSON.stringify(ajv)) mismatches.push(`${path.relative(repoRoot, file)}\n  walker: ${walker.join(" ")}\n  ajv:    ${ajv.join(" ")}`);
    }
    expect(compared).toBeGreaterThan(corpusPresent ? 500 : 20);
    expect(mismatches).toEqual([]);
  });
});
