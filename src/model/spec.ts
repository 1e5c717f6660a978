import { JOBSPEC2_SOURCE, NOMAD_API_SOURCE } from "../generated/jobspec-sources.js";

/**
 * The structure of a Nomad HCL2 jobspec: which blocks and attributes may appear inside
 * which, how many labels a block takes, the type of each attribute, and the Nomad versions
 * that have them. Kinds name a body shape; one block name can have different shapes in
 * different places (a group `scaling` and a task `scaling`).
 *
 * Built from two files of facts (schemas/source/): nomad-api.json, the `hcl:` tags of
 * Nomad's api structs at each version, and jobspec2.json, where the HCL2 parser departs from
 * them. The structure is the union over the versions; `since`/`until` narrow it when the
 * target version is known.
 */
export type AttrType = "string" | "number" | "bool" | "duration" | "list" | "map" | "any";

export interface AttrSpec {
  readonly type: AttrType;
  readonly since?: string;
  /** First version without it. */
  readonly until?: string;
  /** Required from this version on (a target version below it, or none, lets it be left out). */
  readonly requiredSince?: string;
}

export interface ChildSpec {
  /** The kind of the child's body. */
  readonly kind: string;
  /** Number of labels the block takes. */
  readonly labels: number;
  /** At most one such block per body. */
  readonly single?: true;
  /** Before this version, at most one such block per body. */
  readonly singleUntil?: string;
  readonly since?: string;
  readonly until?: string;
  /** The block may also be written as a map attribute (`meta = { ... }`). */
  readonly mapForm?: true;
  /** Scaling policies: the types a group's may have, the type a task's label gives. */
  readonly scaling?: ScalingSpec;
}

export interface ScalingSpec {
  readonly types?: readonly string[];
  readonly labelTypes?: Readonly<Record<string, string>>;
}

export interface KindSpec {
  readonly attributes: Readonly<Record<string, AttrSpec>>;
  readonly blocks: Readonly<Record<string, ChildSpec>>;
  /** Attributes that must be set. */
  readonly required?: readonly string[];
  /** Blocks of which one of each list must be written (directly or as a dynamic block), and what the server says without them. */
  readonly requiredBlocks?: { readonly anyOf: readonly (readonly string[])[]; readonly refusal: string; readonly unless?: readonly string[] };
  /** The body is owned by a driver or free-form: its content has no Nomad schema. */
  readonly opaque?: true;
  /** The body is a map: any names, each an attribute with a value of this type, no blocks. */
  readonly values?: AttrType;
  readonly since?: string;
}

interface SourceField {
  readonly go: string;
  readonly type?: AttrType;
  readonly required?: true;
  readonly required_since?: string;
  readonly block?: string;
  readonly mode?: "single" | "repeated" | "by_label";
  readonly mode_history?: Readonly<Record<string, string>>;
  readonly map?: "string" | "list" | "any";
  readonly since?: string;
  readonly until?: string;
}

interface SourceStruct {
  readonly kind: string;
  readonly since?: string;
  readonly labels?: readonly { readonly hcl: string; readonly go: string }[];
  readonly fields: Readonly<Record<string, SourceField>>;
}

interface FileBlock {
  readonly labels?: readonly string[];
  readonly free_form?: true;
  readonly attributes?: Readonly<Record<string, AttrType>>;
  readonly blocks?: Readonly<Record<string, FileBlock>>;
  readonly required?: readonly string[];
}

interface ScalingSource {
  readonly kind: string;
  readonly labels: number;
  readonly required?: readonly string[];
  readonly types?: readonly string[];
  readonly label_types?: Readonly<Record<string, string>>;
}

interface Jobspec2Source {
  readonly file: Readonly<Record<string, FileBlock>>;
  readonly extra: Readonly<Record<string, Readonly<Record<string, SourceField>>>>;
  readonly attribute_form: readonly string[];
  readonly decoders: Readonly<Record<string, { readonly attributes: Readonly<Record<string, AttrType>> }>>;
  readonly scaling: Readonly<Record<string, ScalingSource>>;
  readonly checked_at_submit: Readonly<
    Record<string, { readonly required?: readonly string[]; readonly required_blocks?: readonly (readonly string[])[]; readonly unless?: readonly string[]; readonly refusal: string }>
  >;
}

/** The api structs' hcl tags, by struct name. */
export const NOMAD_API: Readonly<Record<string, SourceStruct>> = (NOMAD_API_SOURCE as unknown as { structs: Record<string, SourceStruct> }).structs;
const JOBSPEC2 = JOBSPEC2_SOURCE as unknown as Jobspec2Source;

/** The kinds of map bodies, by the type of their values. */
const MAP_KINDS = { string: "string_map", list: "list_map", any: "opaque" } as const;

function versions(f: { since?: string | undefined; until?: string | undefined }): { since?: string; until?: string } {
  return { ...(f.since !== undefined ? { since: f.since } : {}), ...(f.until !== undefined ? { until: f.until } : {}) };
}

function childOf(owner: string, name: string, f: SourceField): ChildSpec {
  const at = `${owner}.${name}`;
  if (f.map !== undefined) {
    return { kind: MAP_KINDS[f.map], labels: 0, single: true, ...versions(f), ...(JOBSPEC2.attribute_form.includes(at) ? { mapForm: true as const } : {}) };
  }
  const target = NOMAD_API[f.block!];
  if (target === undefined) throw new Error(`schemas/source: ${at} names the struct ${f.block}, which nomad-api.json does not have`);
  const scaling = JOBSPEC2.scaling[at];
  if (scaling !== undefined) {
    const spec: ScalingSpec = { ...(scaling.types ? { types: scaling.types } : {}), ...(scaling.label_types ? { labelTypes: scaling.label_types } : {}) };
    return { kind: scaling.kind, labels: scaling.labels, ...(f.mode === "single" ? { single: true as const } : {}), ...versions(f), scaling: spec };
  }
  const history = f.mode_history === undefined ? [] : Object.entries(f.mode_history);
  const singleUntil = history.find(([, mode], i) => i > 0 && history[i - 1]![1] === "single" && mode !== "single")?.[0];
  return {
    kind: target.kind,
    labels: target.labels?.length ?? 0,
    ...(f.mode === "single" ? { single: true as const } : {}),
    ...(singleUntil !== undefined ? { singleUntil } : {}),
    ...versions(f),
  };
}

function kindOf(name: string, struct: SourceStruct): KindSpec {
  const attributes: Record<string, AttrSpec> = {};
  const blocks: Record<string, ChildSpec> = {};
  const required: string[] = [];
  const fields = { ...struct.fields, ...JOBSPEC2.extra[name] };
  const decoder = JOBSPEC2.decoders[name];
  for (const [hcl, f] of Object.entries(fields)) {
    if (f.type !== undefined) {
      if (decoder !== undefined) continue;
      attributes[hcl] = { type: f.type, ...versions(f), ...(f.required_since !== undefined ? { requiredSince: f.required_since } : {}) };
      if (f.required) required.push(hcl);
    } else {
      blocks[hcl] = childOf(name, hcl, f);
    }
  }
  for (const [hcl, type] of Object.entries(decoder?.attributes ?? {})) attributes[hcl] = { type };
  const submit = JOBSPEC2.checked_at_submit[name];
  required.push(...(submit?.required ?? []));
  const requiredBlocks = submit?.required_blocks === undefined ? {} : { requiredBlocks: { anyOf: submit.required_blocks, refusal: submit.refusal, ...(submit.unless ? { unless: submit.unless } : {}) } };
  return { attributes, blocks, ...(required.length > 0 ? { required } : {}), ...requiredBlocks, ...(struct.since !== undefined ? { since: struct.since } : {}) };
}

function fileKind(block: FileBlock, out: Record<string, KindSpec>): KindSpec {
  const attributes: Record<string, AttrSpec> = {};
  for (const [attr, type] of Object.entries(block.attributes ?? {})) attributes[attr] = { type };
  const blocks: Record<string, ChildSpec> = {};
  for (const [type, child] of Object.entries(block.blocks ?? {})) {
    out[type] = fileKind(child, out);
    blocks[type] = { kind: type, labels: child.labels?.length ?? 0 };
  }
  return { attributes, blocks, ...(block.required ? { required: block.required } : {}) };
}

function buildJobspec(): Record<string, KindSpec> {
  const out: Record<string, KindSpec> = {};
  for (const [name, struct] of Object.entries(NOMAD_API)) {
    if (out[struct.kind] !== undefined) throw new Error(`schemas/source: two structs have the kind ${struct.kind}`);
    out[struct.kind] = kindOf(name, struct);
  }
  // The scaling kinds: a struct's body with the requirements of the place it is in.
  for (const scaling of Object.values(JOBSPEC2.scaling)) {
    const base = out["scaling"]!;
    out[scaling.kind] = { ...base, required: [...(base.required ?? []), ...(scaling.required ?? [])] };
  }
  delete out["scaling"];
  out["string_map"] = { attributes: {}, blocks: {}, values: "string" };
  out["list_map"] = { attributes: {}, blocks: {}, values: "list" };
  out["opaque"] = { attributes: {}, blocks: {}, opaque: true };
  const rootBlocks: Record<string, ChildSpec> = {};
  for (const [type, block] of Object.entries(JOBSPEC2.file)) {
    const labels = block.labels?.length ?? 0;
    if (block.free_form) rootBlocks[type] = { kind: "opaque", labels };
    else if (type === "job") rootBlocks[type] = { kind: "job", labels, single: true };
    else {
      out[type] = fileKind(block, out);
      rootBlocks[type] = { kind: type, labels };
    }
  }
  out["root"] = { attributes: {}, blocks: rootBlocks };
  return out;
}

export const JOBSPEC: Readonly<Record<string, KindSpec>> = buildJobspec();
