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

interface Mapping {
  /** HCL attribute name → API field name. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** HCL block type → how to find it in the API object. */
  readonly blocks?: Readonly<Record<string, BlockField>>;
}

interface BlockField {
  readonly field: string;
  /** `list`: an array of objects; `object`: one object; `map`: an object of objects keyed by label. */
  readonly shape: "list" | "object" | "map";
  readonly kind: string;
  readonly label?: string;
}

const block = (field: string, shape: BlockField["shape"], kind: string, label?: string): BlockField => ({ field, shape, kind, ...(label ? { label } : {}) });

/**
 * The API job model (`api.Job`, Go field names) in the HCL block vocabulary the rules use;
 * sources: the `hcl:` tags of api/*.go (see ../shared NOMAD.md section 1.2 and 4.2).
 */
const MAPPINGS: Readonly<Record<string, Mapping>> = {
  job: { attrs: { type: "Type", datacenters: "Datacenters", namespace: "Namespace" }, blocks: { group: block("TaskGroups", "list", "group", "Name") } },
  group: {
    attrs: { count: "Count" },
    blocks: {
      task: block("Tasks", "list", "task", "Name"),
      network: block("Networks", "list", "network"),
      service: block("Services", "list", "service"),
      volume: block("Volumes", "map", "volume"),
      ephemeral_disk: block("EphemeralDisk", "object", "leaf"),
      consul: block("Consul", "object", "leaf"),
    },
  },
  task: {
    attrs: { driver: "Driver", user: "User" },
    blocks: {
      artifact: block("Artifacts", "list", "artifact"),
      template: block("Templates", "list", "template"),
      dispatch_payload: block("DispatchPayload", "object", "leaf"),
      volume_mount: block("VolumeMounts", "list", "volume_mount"),
      vault: block("Vault", "object", "leaf"),
      resources: block("Resources", "object", "resources"),
      service: block("Services", "list", "service"),
      identity: block("Identity", "object", "identity"),
      identities: block("Identities", "list", "identity"),
      consul: block("Consul", "object", "leaf"),
      csi_plugin: block("CSIPluginConfig", "object", "leaf"),
      logs: block("LogConfig", "object", "logs"),
      config: block("Config", "object", "opaque"),
    },
  },
  resources: {
    attrs: { cpu: "CPU", memory: "MemoryMB", cores: "Cores", memory_max: "MemoryMaxMB", disk: "DiskMB" },
    blocks: { network: block("Networks", "list", "network"), device: block("Devices", "list", "device", "Name") },
  },
  service: { attrs: { name: "Name", task: "TaskName", port: "PortLabel", provider: "Provider" }, blocks: { connect: block("Connect", "object", "leaf") } },
  volume_mount: { attrs: { volume: "Volume", destination: "Destination" } },
  identity: { attrs: { name: "Name", file: "File", env: "Env" } },
  logs: { attrs: { disabled: "Disabled", enabled: "Enabled", max_files: "MaxFiles", max_file_size: "MaxFileSizeMB" } },
  network: { attrs: { mode: "Mode" } },
  artifact: { attrs: { source: "GetterSource", destination: "RelativeDest" } },
  template: { attrs: { source: "SourcePath", destination: "DestPath", data: "EmbeddedTmpl" } },
};

/** A job object: one with `TaskGroups` or an `ID` (Go's decoding matches keys case-insensitively). */
function looksLikeJob(v: unknown): v is Json {
  return isObj(v) && (field(v, "TaskGroups") !== undefined || typeof field(v, "ID")?.[1] === "string");
}

/** Where the job object is: `{"Job": {...}}` or a bare job; otherwise why the document is not one. */
export function findApiJob(doc: unknown): { job: Json; path: Path } | { problem: string } {
  const notJob = 'not a Nomad API job: expected {"Job": {...}} or a job object with "TaskGroups"';
  if (!isObj(doc)) return { problem: notJob };
  const wrapped = field(doc, "Job");
  if (wrapped !== undefined && looksLikeJob(wrapped[1])) return { job: wrapped[1], path: [wrapped[0]] };
  if (looksLikeJob(doc)) return { job: doc, path: [] };
  if ("job" in doc && isObj(doc["job"])) {
    return {
      problem:
        'this looks like an HCL-JSON jobspec ({"job": {"<name>": ...}}), which is not read: lint the HCL source, or the API JSON that nomad job run -output prints',
    };
  }
  return { problem: notJob };
}

/**
 * Builds the block tree of an API JSON job. Paths are JSON paths into the document, so
 * positions come from the JSON source; `null` fields are absent, as Nomad treats them.
 */
export function apiJobTree(job: Json, path: Path): Block {
  const jobBlock = build("job", "job", [String(field(job, "ID")?.[1] ?? field(job, "Name")?.[1] ?? "")], path, job);
  return { type: "", kind: "root", labels: [], path: [], attributes: new Map(), blocks: [jobBlock] };
}

function build(type: string, kind: string, labels: string[], path: Path, obj: Json): Block {
  const mapping = MAPPINGS[kind] ?? {};
  const attributes = new Map<string, Attribute>();
  if (kind === "opaque") {
    for (const [k, v] of Object.entries(obj)) attributes.set(k, { name: k, value: v, path: [...path, k] });
  }
  for (const [name, apiName] of Object.entries(mapping.attrs ?? {})) {
    const f = field(obj, apiName);
    if (f === undefined || f[1] === null) continue;
    attributes.set(name, { name, value: f[1], path: [...path, f[0]] });
  }
  const blocks: Block[] = [];
  for (const [hclType, spec] of Object.entries(mapping.blocks ?? {})) {
    const f = field(obj, spec.field);
    if (f === undefined || f[1] === null) continue;
    const [key, value] = f;
    const blockType = hclType === "identities" ? "identity" : hclType;
    if (spec.shape === "object" && isObj(value)) {
      blocks.push(build(blockType, spec.kind, [], [...path, key], value));
    } else if (spec.shape === "list" && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (!isObj(item)) return;
        const label = spec.label === undefined ? [] : [String(field(item, spec.label)?.[1] ?? "")];
        blocks.push(build(blockType, spec.kind, label, [...path, key, i], item));
      });
    } else if (spec.shape === "map" && isObj(value)) {
      for (const [name, item] of Object.entries(value)) if (isObj(item)) blocks.push(build(blockType, spec.kind, [name], [...path, key, name], item));
    }
  }
  return { type, kind, labels, path, attributes, blocks };
}
