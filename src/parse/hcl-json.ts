import { JOBSPEC } from "../model/spec.js";
import type { Path } from "../model/tree.js";

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** A jobspec in HCL's JSON syntax, brought to hcl2json's form, with the way back to the source. */
export interface HclJsonDocument {
  /** hcl2json's form: every block an array of bodies under one object per label. */
  readonly json: Json;
  /** The path in the JSON text of a path of `json`. */
  sourcePath(path: Path): Path;
}

/**
 * Reads HCL's JSON syntax as HCL does, with the jobspec structure as its schema: a property
 * naming a block holds one object per label level and then a body, or an array of bodies (at
 * any level, an array stands for several); every other property is an attribute, whose
 * strings are templates as in native syntax. `"//"` properties are comments.
 */
export function readHclJson(doc: Json): HclJsonDocument {
  const origin = new WeakMap<object, Path>();

  /** A body of `kind`; a dynamic block's body (`kind` "dynamic") has content of kind `content`. */
  const body = (value: Json, kind: string, at: Path, content = "opaque"): Json => {
    const out: Json = {};
    origin.set(out, at);
    const spec = JOBSPEC[kind];
    const free = kind !== "dynamic" && (spec === undefined || spec.opaque === true || spec.values !== undefined);
    for (const [key, v] of Object.entries(value)) {
      if (key === "//") continue;
      if (kind === "dynamic") out[key] = key === "content" ? blocks(v, 0, content, [...at, key]) : v;
      else if (key === "dynamic" && !free && kind !== "root" && isObj(v)) out[key] = dynamicBlocks(v, spec!.blocks, [...at, key]);
      else {
        const child = free ? undefined : spec!.blocks[key];
        if (child !== undefined) out[key] = blocks(v, child.labels, child.kind, [...at, key]);
        // An object under a name the body does not have is taken for a block, as its shape says.
        else if (!free && isObj(v) && spec!.attributes[key] === undefined) out[key] = blocks(v, 0, "unknown", [...at, key]);
        else out[key] = v;
      }
    }
    return out;
  };

  const dynamicBlocks = (v: Json, targets: (typeof JOBSPEC)[string]["blocks"], at: Path): Json => {
    const out: Json = {};
    for (const [type, d] of Object.entries(v)) {
      if (type !== "//") out[type] = blocks(d, 0, "dynamic", [...at, type], targets[type]?.kind ?? "opaque");
    }
    return out;
  };

  /** A block property's value: `labels` levels of objects keyed by label, then bodies. */
  const blocks = (v: unknown, labels: number, kind: string, at: Path, content?: string): unknown => {
    const items: [unknown, Path][] = Array.isArray(v) ? v.map((x, i): [unknown, Path] => [x, [...at, i]]) : [[v, at]];
    if (labels === 0) {
      const bodies: Json[] = [];
      for (const [x, p] of items) if (isObj(x)) bodies.push(body(x, kind, p, content));
      // Not a block's shape: kept as written, for the schema check to name.
      return bodies.length === items.length ? bodies : v;
    }
    const byLabel: Json = {};
    for (const [x, p] of items) {
      if (!isObj(x)) return v;
      for (const [label, inner] of Object.entries(x)) {
        if (label === "//") continue;
        const nested = blocks(inner, labels - 1, kind, [...p, label], content);
        const prev = byLabel[label];
        byLabel[label] = Array.isArray(prev) && Array.isArray(nested) ? [...prev, ...nested] : nested;
      }
    }
    return byLabel;
  };

  const json = body(doc, "root", []);
  return {
    json,
    sourcePath(path) {
      let node: unknown = json;
      let base: Path = [];
      let rest = 0;
      for (let i = 0; i < path.length; i++) {
        const seg = path[i]!;
        node = Array.isArray(node) ? node[Number(seg)] : isObj(node) ? node[String(seg)] : undefined;
        if (node === undefined) break;
        const from = typeof node === "object" && node !== null ? origin.get(node) : undefined;
        if (from !== undefined) {
          base = from;
          rest = i + 1;
        }
      }
      // After the last body: an attribute and what is inside its value, or a block's key and labels.
      return [...base, ...path.slice(rest).filter((s) => typeof s === "string")];
    },
  };
}
