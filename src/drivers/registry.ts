import { readdirSync } from "node:fs";
import { describeFsError, readSmallFile } from "../util/fs.js";

/** Largest driver capability file read: the shipped ones are a few kilobytes. */
const MAX_DRIVER_FILE_BYTES = 1024 * 1024;
import path from "node:path";
import { UsageError } from "../util/errors.js";
import { parseJsonSource, type JsonSource } from "../parse/json-source.js";
import { assetPath } from "../util/assets.js";
import { projectValidator } from "../util/validators.js";
import { describeSchemaErrors, pointerOf } from "../util/schema-errors.js";

/** What the linter knows of one task driver, from a capability file. */
export interface DriverSpec {
  readonly name: string;
  readonly description?: string;
  readonly capabilities: Readonly<Record<string, unknown>> & { readonly RemoteTasks: boolean };
  readonly nomadVersions?: { readonly from?: string; readonly before?: string };
  readonly sources?: readonly { readonly url: string; readonly note?: string }[];
  /** Remote-limited features the driver provides itself. */
  readonly provides?: readonly string[];
  /** JSON Schema of the task `config` block. */
  readonly config?: Readonly<Record<string, unknown>>;
}

/** A validated driver description and the file (or config entry) it came from. */
export interface LoadedDriver {
  readonly spec: DriverSpec;
  readonly origin: string;
}

/** The drivers known to a run, by name; later additions replace earlier ones of the same name. */
export class DriverRegistry {
  readonly #byName = new Map<string, LoadedDriver>();

  constructor(drivers: Iterable<LoadedDriver> = []) {
    for (const d of drivers) this.#byName.set(d.spec.name, d);
  }

  get(name: string): DriverSpec | undefined {
    return this.#byName.get(name)?.spec;
  }

  origin(name: string): string | undefined {
    return this.#byName.get(name)?.origin;
  }

  #all: readonly LoadedDriver[] | undefined;

  /** Every driver, by name. */
  get all(): readonly LoadedDriver[] {
    this.#all ??= [...this.#byName.values()].sort((a, b) => (a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0));
    return this.#all;
  }

  with(drivers: Iterable<LoadedDriver>): DriverRegistry {
    return new DriverRegistry([...this.#byName.values(), ...drivers]);
  }
}

/**
 * Validates a driver description against schemas/driver.schema.json. `origin` names it in
 * errors; `doc`, when the value was read from a file, gives line and column.
 */
export function validateDriver(value: unknown, origin: string, doc?: JsonSource): LoadedDriver {
  const validate = projectValidator("driver");
  if (!validate(value)) {
    const lines = describeSchemaErrors(validate.errors, false).map((p) => {
      const r = doc?.rangeOf(p.path, p.key === true);
      const where = r ? `${origin}:${r.line}:${r.column}` : origin;
      return { r, text: `${where}: invalid driver file: ${pointerOf(p.path)}: ${p.message}` };
    });
    lines.sort((a, b) => (a.r && b.r ? a.r.line - b.r.line || a.r.column - b.r.column : 0));
    throw new UsageError(lines.map((l) => l.text).join("\n"));
  }
  return { spec: value as DriverSpec, origin };
}

/** Reads and validates one driver capability file. */
export function loadDriverFile(file: string, displayName = file): LoadedDriver {
  let text: string;
  try {
    text = readSmallFile(file, MAX_DRIVER_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`${displayName}: cannot read driver file: ${describeFsError(error)}`);
  }
  // A well-formed, valid file (every shipped one) needs no syntax tree: positions are for errors.
  let plain: unknown;
  try {
    plain = JSON.parse(text);
  } catch {
    plain = undefined;
  }
  if (plain !== undefined && projectValidator("driver")(plain)) return { spec: plain as DriverSpec, origin: displayName };
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const e = parsed.errors[0]!;
    throw new UsageError(`${displayName}:${e.line}:${e.column}: invalid driver file: ${e.message}`);
  }
  return validateDriver(parsed.doc.value, displayName, parsed.doc);
}

/** The capability files shipped in schemas/drivers/. */
export function shippedDrivers(): LoadedDriver[] {
  const dir = assetPath("schemas", "drivers");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => loadDriverFile(path.join(dir, f), `schemas/drivers/${f}`));
}

let shipped: DriverRegistry | undefined;

/** The registry of shipped drivers, validated once per process. */
export function shippedRegistry(): DriverRegistry {
  shipped ??= new DriverRegistry(shippedDrivers());
  return shipped;
}
