import { JOBSPEC, NOMAD_API } from "../model/spec.js";
import type { Attribute, Block, Path } from "../model/tree.js";

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A field of an API object, matched case-insensitively as Go's JSON decoding does. */
function field(obj: Json, name: string): [string, unknown] | undefined {
  if (name in obj) return [name, obj[name]];
  const lower = name.toLowerCase();
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return [key, obj[key]];
  return undefined;
}

/**
 * What Nomad fills into every job it stores (the api package's Canonicalize), by kind: a
 * block whose every field holds one of these values (or null) was not the user's choice,
 * and `nomad job inspect` prints it for every job. Fields whose zero value means "not set"
 * are left out the same way.
 */
const CANONICAL: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>> = {
  ephemeral_disk: { SizeMB: [300], Sticky: [false], Migrate: [false] },
  logs: { MaxFiles: [10], MaxFileSizeMB: [10], Disabled: [false], Enabled: [true] },
  consul: { Namespace: [""], Cluster: ["", "default"], Partition: [""] },
};

/** Numbers Nomad stores as 0 when they are not set: a 0 there is no value the user gave. */
const ZERO_IS_UNSET: Readonly<Record<string, readonly string[]>> = {
  resources: ["Cores", "MemoryMaxMB", "DiskMB", "IOPS", "SecretsMB"],
};

function isCanonical(kind: string, obj: Json): boolean {
  const defaults = CANONICAL[kind];
  if (defaults === undefined) return false;
  return Object.entries(obj).every(([key, v]) => {
    if (v === null) return true;
    const allowed = field(defaults as Json, key)?.[1] as readonly unknown[] | undefined;
    return allowed !== undefined && allowed.includes(v);
  });
}

/** A job object: one with `TaskGroups` or an `ID` (Go's decoding matches keys case-insensitively). */
function looksLikeJob(v: unknown): v is Json {
  return isObj(v) && (field(v, "TaskGroups") !== undefined || typeof field(v, "ID")?.[1] === "string");
}

/** Where the job object is: `{"Job": {...}}` or a bare job; otherwise why the document is not one. */
export function findApiJob(doc: unknown): { job: Json; path: Path } | { problem: string } {
  const notJob = 'not a Nomad job: expected {"Job": {...}} or a job object with "TaskGroups" (API JSON), or {"job": {"<name>": {...}}} (HCL JSON syntax)';
  if (!isObj(doc)) return { problem: notJob };
  const wrapped = field(doc, "Job");
  if (wrapped !== undefined && looksLikeJob(wrapped[1])) return { job: wrapped[1], path: [wrapped[0]] };
  if (looksLikeJob(doc)) return { job: doc, path: [] };
  return { problem: notJob };
}

/**
 * Builds the block tree of an API JSON job from the api structs' fields (their Go names, from
 * schemas/source/nomad-api.json), in the HCL vocabulary the rules use. Paths are JSON paths
 * into the document, so positions come from the JSON source; `null` fields are absent, and
 * what Nomad fills into every stored job is not taken for the user's choice.
 */
export function apiJobTree(job: Json, path: Path): Block {
  const jobBlock = build("job", "Job", "job", [String(field(job, "ID")?.[1] ?? field(job, "Name")?.[1] ?? "")], path, job);
  return { type: "", kind: "root", labels: [], path: [], attributes: new Map(), blocks: [jobBlock] };
}

function build(type: string, struct: string, kind: string, labels: string[], path: Path, obj: Json): Block {
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  const spec = NOMAD_API[struct];
  const zero = ZERO_IS_UNSET[kind] ?? [];
  for (const [hcl, f] of Object.entries(spec?.fields ?? {})) {
    const found = field(obj, f.go);
    if (found === undefined || found[1] === null) continue;
    const [key, value] = found;
    const at = [...path, key];
    if (f.type !== undefined) {
      if (!(value === 0 && zero.includes(f.go))) attributes.set(hcl, { name: hcl, value, path: at });
      continue;
    }
    const childKind = JOBSPEC[kind]?.blocks[hcl]?.kind ?? "opaque";
    if (f.map !== undefined) {
      if (isObj(value)) blocks.push(mapBlock(hcl, childKind, at, value));
      continue;
    }
    const target = f.block!;
    const labelField = NOMAD_API[target]?.labels?.[0]?.go;
    const one = (item: unknown, p: Path, label: string | undefined) => {
      if (!isObj(item) || isCanonical(childKind, item)) return;
      const itemLabels = label !== undefined ? [label] : labelField !== undefined ? [String(field(item, labelField)?.[1] ?? "")] : [];
      blocks.push(build(hcl, target, childKind, itemLabels, p, item));
    };
    if (f.mode === "by_label" && isObj(value)) for (const [name, item] of Object.entries(value)) one(item, [...at, name], name);
    else if (Array.isArray(value)) value.forEach((item, i) => one(item, [...at, i], undefined));
    else one(value, at, undefined);
  }
  // A task's default identity has had a field of its own since identities became a list.
  if (struct === "Task") {
    const identity = field(obj, "Identity");
    if (isObj(identity?.[1])) blocks.push(build("identity", "WorkloadIdentity", "identity", [], [...path, identity[0]], identity[1]));
  }
  return { type, kind, labels, path, attributes, blocks };
}

/** A map field (`Meta`, `Env`, `Config`): a block whose every entry is an attribute. */
function mapBlock(type: string, kind: string, path: Path, obj: Json): Block {
  const attributes = new Map<string, Attribute>();
  for (const [k, v] of Object.entries(obj)) attributes.set(k, { name: k, value: v, path: [...path, k] });
  return { type, kind, labels: [], path, attributes, blocks: [] };
}
