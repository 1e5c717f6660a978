import { JOBSPEC, type AttrType, type ChildSpec, type ScalingSpec } from "../model/spec.js";
import { extendPath, type Path } from "../model/tree.js";
import { NUMERIC, isExpressionString } from "../model/values.js";
import { byCloseness } from "../util/closest.js";
import { typeName } from "../util/schema-errors.js";
import { atLeast, formatVersion, type Version } from "../util/nomad-version.js";
import type { Range } from "../results/range.js";
import type { HclBlock, HclBody } from "../parse/hcl-structure.js";

/** A jobspec-schema finding: a path into the document and a message. */
export interface SchemaFinding {
  readonly path: Path;
  readonly message: string;
  /** Where to report it, when the path's own position is not the place (a block the converter dropped). */
  readonly range?: Range;
  /** The path to report it at, when Nomad points elsewhere than at the value (a block's header). */
  readonly at?: Path;
}

/**
 * What the JSON form cannot show: a map written both as a block and as an attribute in one
 * body (hcl2json keeps one of the two). `at` is the second of the two, `firstLine` the line
 * of the first.
 */
export type BothForms = (bodyPath: Path, name: string) => { readonly at: Range; readonly firstLine: number } | undefined;

interface Frame {
  readonly type: string;
  readonly labels: readonly string[];
}

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

function isBlockShaped(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0 && v.every(isObj);
}

const isExpr = (v: unknown): boolean => typeof v === "string" && isExpressionString(v);

/** Whether a body holds blocks along a path of block types (`service`, `connect`, `gateway`), in hcl2json's form. */
function hasBlocks(value: unknown, types: readonly string[] | undefined): boolean {
  if (types === undefined) return false;
  if (types.length === 0) return true;
  const next = isObj(value) ? value[types[0]!] : undefined;
  return Array.isArray(next) && next.some((b) => hasBlocks(b, types.slice(1)));
}

/** Blocks under one or more labels, in hcl2json's form: `{"a": [{...}]}`, `{"a": {"b": [{...}]}}`. */
function labelledBlocks(v: unknown): boolean {
  return isObj(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => isBlockShaped(x) || labelledBlocks(x));
}

/** Whether a literal value in hcl2json's form fits an attribute type, as HCL converts values. */
export function fitsType(v: unknown, type: AttrType): boolean {
  switch (type) {
    case "string":
    case "duration":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    case "number":
      return typeof v === "number" || (typeof v === "string" && (NUMERIC.test(v) || isExpr(v)));
    case "bool":
      return typeof v === "boolean" || v === "true" || v === "false" || isExpr(v);
    case "list":
      return Array.isArray(v) || isExpr(v);
    case "map":
      return isObj(v) || isExpr(v);
    case "any":
      return true;
  }
}

const TYPE_WORDS: Record<AttrType, string> = {
  string: "a string",
  number: "a number",
  bool: "a bool",
  duration: 'a duration such as "30s"',
  list: "a list",
  map: "a map",
  any: "a value",
};

/** Names the innermost labelled block of `frames`, computed when a message first needs it. */
function lazyWhere(frames: readonly Frame[]): { toString(): string } {
  let text: string | undefined;
  return { toString: () => (text ??= describeFrames(frames)) };
}

function describeFrames(frames: readonly Frame[]): string {
  const parts: string[] = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    parts.push(f.labels.length > 0 ? `${f.type} ${f.labels.map((l) => JSON.stringify(l)).join(" ")}` : f.type);
    if (f.labels.length > 0) break;
  }
  return parts.length === 0 ? "the file" : parts.join(" of ");
}

/** The names to suggest: those the newest Nomad still has. */
function current(items: Readonly<Record<string, { readonly until?: string }>>): string[] {
  return Object.keys(items).filter((k) => items[k]!.until === undefined);
}

function expected(names: readonly string[], word: string): string {
  if (names.length === 0) return "";
  const sorted = byCloseness(word, names);
  const shown = sorted.slice(0, 10).map((n) => JSON.stringify(n));
  return `. expected one of ${shown.join(", ")}${sorted.length > 10 ? ", ..." : ""}`;
}

const DYNAMIC_KEYS = ["for_each", "iterator", "labels", "content"];

/**
 * Checks a document in hcl2json's form against the jobspec structure (src/model/spec.ts),
 * the model schemas/jobspec.schema.json describes: the same checks, made by walking the
 * document once (a test holds the two to the same verdicts).
 */
export function validateJobspec(doc: Json, target: Version | undefined, bothForms?: BothForms): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const report = (path: Path, message: string) => out.push({ path, message });

  const body = (value: Json, kind: string, path: Path, frames: Frame[]): void => {
    const spec = JOBSPEC[kind];
    if (spec === undefined || spec.opaque) return;
    const where = lazyWhere(frames);
    if (spec.values !== undefined) {
      mapEntries(value, spec.values, path, where);
      return;
    }
    for (const required of spec.required ?? []) {
      if (!(required in value)) report(path, `${where} has no ${required} attribute`);
    }
    for (const names of spec.requiredBlocks !== undefined && !hasBlocks(value, spec.requiredBlocks.unless) ? spec.requiredBlocks.anyOf : []) {
      const dynamics = isObj(value["dynamic"]) ? value["dynamic"] : {};
      if (names.some((n) => n in value || n in dynamics)) continue;
      const list = names.map((n) => `a ${n} block`).join(" or ");
      report(path, `${where} has no ${names.join(" or ")}: the server refuses it when the job is submitted ("${spec.requiredBlocks!.refusal}"); write ${list}`);
    }
    for (const key in value) {
      const v = value[key];
      const attr = spec.attributes[key];
      if (attr !== undefined && fitsType(v, attr.type)) continue;
      const p = extendPath(path, key);
      if (key === "dynamic" && kind !== "root") {
        dynamic(v, kind, p, frames);
        continue;
      }
      if (attr !== undefined) {
        {
          if (isBlockShaped(v) && attr.type !== "list") report(p, `${key} is an attribute, not a block, in ${where}: write ${key} = ...`);
          else report(p, `${key} in ${where} must be ${TYPE_WORDS[attr.type]}, got ${typeName(v)}`);
        }
        continue;
      }
      const child = spec.blocks[key];
      if (child !== undefined) {
        block(v, key, child, p, frames);
        continue;
      }
      const isBlock = isBlockShaped(v) || (isObj(v) && Object.keys(v).length > 0 && Object.values(v).every(isBlockShaped));
      if (spec.attributes[key] === undefined && isBlock && kind === "root" && (key === "task" || key === "group")) {
        report(p, `unexpected block ${JSON.stringify(key)} in the file: ${key}s belong in a job${expected(current(spec.blocks), key)}`);
        continue;
      }
      const candidates = current(isBlock ? spec.blocks : spec.attributes);
      report(p, `unexpected ${isBlock ? "block" : "attribute"} ${JSON.stringify(key)} in ${where}${expected(candidates, key)}`);
    }
  };

  /** The entries of a map body (`meta { k = "v" }`) or of a map written as an attribute (`meta = { ... }`). */
  const mapEntries = (value: Json, type: AttrType, path: Path, where: { toString(): string }): void => {
    for (const key in value) {
      const v = value[key];
      if (fitsType(v, type) && !(type === "list" && isBlockShaped(v))) continue;
      if (isBlockShaped(v)) report(extendPath(path, key), `${key} in ${where} is a block, but ${where} holds attributes only: write ${key} = ...`);
      else report(extendPath(path, key), `${key} in ${where} must be ${TYPE_WORDS[type]}, got ${typeName(v)}`);
    }
  };

  const block = (v: unknown, type: string, child: ChildSpec, path: Path, frames: Frame[]): void => {
    const where = lazyWhere(frames);
    const labelHint = child.labels === 0 ? `${type} { ... }` : `${type} "<name>" { ... }`;
    const values = JOBSPEC[child.kind]?.values;
    if (child.mapForm) {
      const inner = extendPath(frames, { type, labels: [] });
      const second = bothForms?.(path.slice(0, -1), type);
      if (second !== undefined) {
        out.push({ path, range: second.at, message: `duplicate ${type} block: ${type} is also set on line ${second.firstLine} of ${where}; write it once, as a block or as ${type} = { ... }` });
      }
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (!isObj(item)) report([...path, i], `${type} in ${where} must be a block or a map`);
          else if (values !== undefined) mapEntries(item, values, extendPath(path, i), lazyWhere(inner));
        });
        if (child.single && v.length > 1) report([...path, 1], `only one ${type} block is allowed in ${where}`);
        return;
      }
      if (isObj(v)) {
        if (values !== undefined) mapEntries(v, values, path, lazyWhere(inner));
      } else if (!isExpr(v)) report(path, `${type} in ${where} must be a block or a map`);
      return;
    }
    if (child.labels === 0 && values !== undefined && (isObj(v) || isExpr(v))) {
      report(path, `${type} is a block in ${where}: write ${type} { ... }; only job, group and task meta and task env may also be written as ${type} = { ... }`);
      return;
    }
    const bodies = (x: unknown, labels: string[], p: Path, depth: number): void => {
      if (depth === 0) {
        if (!Array.isArray(x)) {
          const extra = isObj(x) ? Object.keys(x)[0] : undefined;
          if (labels.length > 0 || (extra !== undefined && labelledBlocks(x))) {
            // Nomad points at the first label too many: the block's header.
            const message = `${type} block in ${where} takes ${child.labels === 0 ? "no labels" : `${child.labels} label${child.labels === 1 ? "" : "s"}`}: ${labelHint}`;
            out.push({ path: p, at: extra !== undefined && labelledBlocks(x) ? extendPath(p, extra) : p, message });
          } else report(p, `${type} is a block in ${where}: write ${type} { ... } without "=" (HCL1 style)`);
          return;
        }
        if (!isBlockShaped(x) && x.length > 0) {
          report(p, `${type} is a block in ${where}, not a list: write ${labelHint} (HCL1 style)`);
          return;
        }
        if (child.single && x.length > 1) report([...p, 1], `only one ${type} block is allowed in ${where}`);
        const inner = extendPath(frames, { type, labels });
        x.forEach((item, i) => body(item as Json, child.kind, extendPath(p, i), inner));
        if (child.scaling !== undefined) scaling(x as Json[], labels, child.scaling, p, where);
        return;
      }
      if (!isObj(x)) {
        if (Array.isArray(x) && !isBlockShaped(x) && x.length > 0) report(p, `${type} is a block in ${where}, not a list: write ${labelHint} (HCL1 style)`);
        else if (Array.isArray(x)) report(p, `${type} block in ${where} needs a label: ${labelHint}`);
        else report(p, `${type} is a block in ${where}: write ${labelHint} (HCL1 style)`);
        return;
      }
      for (const label in x) bodies(x[label], extendPath(labels, label), extendPath(p, label), depth - 1);
    };
    bodies(v, [], path, child.labels);
  };

  /** Nomad's own checks of scaling policies: a group's type, a task's label and the type it gives. */
  const scaling = (bodies: readonly Json[], labels: readonly string[], spec: ScalingSpec, path: Path, where: { toString(): string }): void => {
    const label = labels[0];
    if (spec.labelTypes !== undefined && label !== undefined) {
      const names = Object.keys(spec.labelTypes);
      const expected = spec.labelTypes[label.toLowerCase()];
      if (expected === undefined) {
        report(path, `invalid scaling policy name ${JSON.stringify(label)} in ${where}: it must be ${names.map((n) => JSON.stringify(n)).join(" or ")}`);
        return;
      }
      if (bodies.length > 1) report([...path, 1], `duplicate scaling ${JSON.stringify(label)} block in ${where}: only one is allowed`);
      bodies.forEach((b, i) => {
        const t = b["type"];
        if (typeof t === "string" && !isExpr(t) && t !== expected) {
          // Nomad points at the block's header.
          out.push({
            path: [...path, i, "type"],
            at: [...path, i],
            message: `invalid type ${JSON.stringify(t)} for scaling ${JSON.stringify(label)} in ${where}: it must be ${JSON.stringify(expected)}, which the label gives, or be left out`,
          });
        }
      });
    }
    if (spec.types !== undefined) {
      bodies.forEach((b, i) => {
        const t = b["type"];
        if (typeof t === "string" && !isExpr(t) && !spec.types!.includes(t)) {
          report([...path, i, "type"], `invalid scaling type ${JSON.stringify(t)} in ${where}: a group's scaling type must be ${spec.types!.map((n) => JSON.stringify(n)).join(" or ")}`);
        }
      });
    }
  };

  const dynamic = (v: unknown, kind: string, path: Path, frames: Frame[]): void => {
    const where = lazyWhere(frames);
    if (!isObj(v)) return;
    const spec = JOBSPEC[kind]!;
    for (const [type, list] of Object.entries(v)) {
      const child = spec.blocks[type];
      if (child === undefined || (JOBSPEC[child.kind]?.opaque && !child.mapForm)) {
        report([...path, type], `dynamic "${type}" is not allowed in ${where}: ${type} is not a block there${expected(current(spec.blocks), type)}`);
        continue;
      }
      if (!Array.isArray(list)) continue;
      list.forEach((d, i) => {
        if (!isObj(d)) return;
        const p = [...path, type, i];
        for (const key of Object.keys(d)) {
          if (!DYNAMIC_KEYS.includes(key)) report([...p, key], `unexpected attribute ${JSON.stringify(key)} in dynamic ${JSON.stringify(type)}${expected(DYNAMIC_KEYS, key)}`);
        }
        for (const need of ["for_each", "content"]) {
          if (!(need in d)) report(p, `dynamic ${JSON.stringify(type)} needs ${need === "content" ? "a content block" : "for_each"}`);
        }
        const content = d["content"];
        if (Array.isArray(content)) {
          if (content.length > 1) report([...p, "content", 1], `only one content block is allowed in dynamic ${JSON.stringify(type)}`);
          content.forEach((c, j) => {
            if (isObj(c)) body(c, child.kind, [...p, "content", j], [...frames, { type: "dynamic", labels: [type] }]);
          });
        }
      });
    }
  };

  if (!("job" in doc)) report([], "the file has no job block: a jobspec needs exactly one job");
  const jobs = doc["job"];
  if (isObj(jobs) && Object.keys(jobs).length > 1) report(["job", Object.keys(jobs)[1]!, 0], "only one job block is allowed per file");
  body(doc, "root", [], []);
  if (target !== undefined) out.push(...versionFindings(doc, (v) => atLeast(target, v), formatVersion(target)));
  return out;
}

/**
 * Blocks and attributes the target Nomad version does not have yet (`since`) or no longer
 * has (`until`), blocks it allows once that later versions allow several times, and
 * attributes it requires that earlier versions did not. Inside a block the target lacks,
 * its content is not named again.
 */
export function versionFindings(doc: unknown, targetAtLeast: (v: string) => boolean, target: string): SchemaFinding[] {
  const out: SchemaFinding[] = [];
  const visit = (value: unknown, kind: string, path: Path, frames: Frame[], missing: boolean) => {
    const spec = JOBSPEC[kind];
    if (spec === undefined || spec.opaque || spec.values !== undefined || !isObj(value)) return;
    const where = lazyWhere(frames);
    if (!missing) {
      for (const [name, attr] of Object.entries(spec.attributes)) {
        if (attr.requiredSince !== undefined && targetAtLeast(attr.requiredSince) && !(name in value)) {
          out.push({ path, message: `${where} has no ${name} attribute, which Nomad ${attr.requiredSince} and later require; the target is ${target}` });
        }
      }
    }
    for (const [key, v] of Object.entries(value)) {
      const child = spec.blocks[key];
      const item = child ?? spec.attributes[key];
      let lacks = missing;
      if (!missing && item?.since !== undefined && !targetAtLeast(item.since)) {
        out.push({ path: [...path, key], message: `${key} in ${where} needs Nomad ${item.since} or later; the target is ${target}` });
        lacks = true;
      } else if (!missing && item?.until !== undefined && targetAtLeast(item.until)) {
        out.push({ path: [...path, key], message: `${key} in ${where} was removed in Nomad ${item.until}; the target is ${target}` });
        lacks = true;
      }
      if (child === undefined) continue;
      const bodies = (x: unknown, labels: string[], p: Path, depth: number) => {
        if (depth === 0) {
          if (!Array.isArray(x)) return;
          if (!lacks && child.singleUntil !== undefined && !targetAtLeast(child.singleUntil) && x.length > 1) {
            out.push({ path: [...p, 1], message: `only one ${key} block is allowed in ${where} before Nomad ${child.singleUntil}; the target is ${target}` });
          }
          x.forEach((b, i) => visit(b, child.kind, extendPath(p, i), extendPath(frames, { type: key, labels }), lacks));
          return;
        }
        if (isObj(x)) for (const label in x) bodies(x[label], extendPath(labels, label), extendPath(p, label), depth - 1);
      };
      bodies(v, [], extendPath(path, key), child.labels);
    }
  };
  visit(doc, "root", [], [], false);
  return out;
}

/**
 * The number of labels Nomad's schema gives a block where it is written, and the body it is
 * in, for messages; undefined in a free-form body (a driver's config), where any is accepted.
 */
export function schemaLabels(root: HclBody, target: HclBlock): { labels: number; where: string } | undefined {
  const find = (body: HclBody, kind: string, frames: Frame[]): { labels: number; where: string } | undefined | null => {
    const spec = JOBSPEC[kind];
    const free = spec === undefined || spec.opaque === true || spec.values !== undefined;
    for (const item of body.items) {
      if (item.kind !== "block") continue;
      const child = free || item.type === "dynamic" ? undefined : spec.blocks[item.type];
      // The same block in another scan of the same text is at the same place.
      if (item.span.start === target.span.start) return child === undefined ? undefined : { labels: child.labels, where: describeFrames(frames) };
      if (item.span.start > target.span.start || item.span.end < target.span.end) continue;
      return find(item.body, child === undefined ? "opaque" : child.kind, extendPath(frames, { type: item.type, labels: item.labels }));
    }
    return null;
  };
  return find(root, "root", []) ?? undefined;
}
