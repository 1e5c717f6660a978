import { JOBSPEC, type ChildSpec } from "./spec.js";

/**
 * A path into the parsed document: object keys and array indexes of hcl2json's JSON form
 * (`["job", "web", 0, "group", "api", 0, "task", "app", 0, "template", 1]`) or of an API JSON
 * document. The position map turns a path into a source range.
 */
export type Path = readonly (string | number)[];

export interface Attribute {
  readonly name: string;
  /** The value in hcl2json's form: literals as JSON, expressions as `${...}` strings. */
  readonly value: unknown;
  readonly path: Path;
}

export interface Block {
  readonly type: string;
  /** The body shape in the jobspec structure (see spec.ts); `unknown` for unrecognised blocks. */
  readonly kind: string;
  readonly labels: readonly string[];
  readonly path: Path;
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isBlockList(value: unknown): value is JsonObject[] {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}

/** How many labels a block value in hcl2json form has, or undefined when it is not a block. */
function blockDepth(value: unknown, limit: number): number | undefined {
  if (isBlockList(value)) return 0;
  if (limit === 0 || !isObject(value)) return undefined;
  const entries = Object.values(value);
  if (entries.length === 0) return undefined;
  let depth: number | undefined;
  for (const entry of entries) {
    const d = blockDepth(entry, limit - 1);
    if (d === undefined || (depth !== undefined && d !== depth)) return undefined;
    depth = d;
  }
  return depth === undefined ? undefined : depth + 1;
}

interface Unwrapped {
  labels: string[];
  suffix: (string | number)[];
  body: JsonObject;
}

function unwrap(value: unknown, depth: number, labels: string[] = [], suffix: (string | number)[] = []): Unwrapped[] {
  if (depth === 0) {
    return (value as JsonObject[]).map((body, i) => ({ labels, suffix: [...suffix, i], body }));
  }
  return Object.entries(value as JsonObject).flatMap(([label, inner]) =>
    unwrap(inner, depth - 1, [...labels, label], [...suffix, label]),
  );
}

/**
 * Builds the block tree of a document in hcl2json's JSON form. Which keys are blocks, and
 * with how many labels, follows the jobspec structure; unknown keys holding block-shaped
 * values become blocks of kind `unknown` so the schema rule can name them.
 */
export function buildTree(json: JsonObject): Block {
  return buildBlock("", "root", [], [], json);
}

function buildBlock(type: string, kind: string, labels: string[], path: Path, body: JsonObject): Block {
  const opaque = JOBSPEC[kind]?.opaque === true;
  const attributes = new Map<string, Attribute>();
  const blocks: Block[] = [];
  for (const [key, value] of Object.entries(body)) {
    const childPath = [...path, key];
    const child = opaque ? undefined : childSpec(kind, labels, key);
    let depth: number | undefined;
    if (child !== undefined) depth = blockDepth(value, child.labels) ?? blockDepth(value, 2);
    else if (!opaque) depth = blockDepth(value, 0);
    if (depth === undefined) {
      attributes.set(key, { name: key, value, path: childPath });
      continue;
    }
    for (const u of unwrap(value, depth)) {
      blocks.push(buildBlock(key, child?.kind ?? "unknown", u.labels, [...childPath, ...u.suffix], u.body));
    }
  }
  return { type, kind, labels, path, attributes, blocks };
}

/**
 * `dynamic "x"` may appear wherever `x` may (never inside opaque bodies). A dynamic block's
 * kind records the kind of the body it sits in (`dynamic:<parent kind>`), so its `content`
 * gets the shape `x` has there.
 */
function childSpec(kind: string, labels: readonly string[], key: string): ChildSpec | undefined {
  if (kind.startsWith(DYNAMIC)) {
    if (key !== "content") return undefined;
    const target = JOBSPEC[kind.slice(DYNAMIC.length)]?.blocks[labels[0] ?? ""];
    return { kind: target?.kind ?? "unknown", labels: 0 };
  }
  if (key === "dynamic" && kind !== "unknown") return { kind: DYNAMIC + kind, labels: 1 };
  return JOBSPEC[kind]?.blocks[key];
}

const DYNAMIC = "dynamic:";

/** Child blocks of one type. */
export function blocksOf(block: Block, type: string): Block[] {
  return block.blocks.filter((b) => b.type === type);
}
