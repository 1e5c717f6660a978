import type { Path } from "../model/tree.js";
import { scanHclStructure, type HclAttribute, type HclBlock, type HclBody, type HclItem, type HclStructure } from "./hcl-structure.js";
import type { Range, SourceText, Span } from "./source.js";

/** What a path found: a block or an attribute, or the nearest enclosing one. */
export interface Located {
  readonly item: HclItem | undefined;
  /** True when the whole path was found, false when `item` is the nearest ancestor. */
  readonly exact: boolean;
}

/**
 * Maps paths of hcl2json's JSON form to source ranges. The structure scan runs on the first
 * lookup, so files without findings never pay for it.
 */
export class HclPositionMap {
  readonly #source: SourceText;
  #structure: HclStructure | undefined;

  constructor(source: SourceText) {
    this.#source = source;
  }

  get structure(): HclStructure {
    this.#structure ??= scanHclStructure(this.#source.text);
    return this.#structure;
  }

  locate(path: Path): Located {
    return locate(this.structure.body, path);
  }

  /** The span to report for a path: a block's header, an attribute from name to value. */
  spanOf(path: Path): Span {
    const { item } = this.locate(path);
    if (item === undefined) return { start: 0, end: 0 };
    return item.kind === "block" ? item.headerSpan : item.span;
  }

  rangeOf(path: Path): Range {
    return this.#source.rangeOf(this.spanOf(path));
  }
}

interface BodyIndex {
  /** The first attribute of each name. */
  readonly attributes: Map<string, HclAttribute>;
  /** The blocks of each type, in order. */
  readonly blocks: Map<string, HclBlock[]>;
  /** The blocks of each type and labels (joined with NUL), in order. */
  readonly byLabels: Map<string, HclBlock[]>;
}

const indexes = new WeakMap<HclBody, BodyIndex>();

/** A body's items by name, made on its first lookup: a body of thousands of blocks is looked up thousands of times. */
function indexOf(body: HclBody): BodyIndex {
  let index = indexes.get(body);
  if (index !== undefined) return index;
  index = { attributes: new Map(), blocks: new Map(), byLabels: new Map() };
  for (const it of body.items) {
    if (it.kind === "attribute") {
      if (!index.attributes.has(it.name)) index.attributes.set(it.name, it);
    } else {
      let list = index.blocks.get(it.type);
      if (list === undefined) index.blocks.set(it.type, (list = []));
      list.push(it);
      const key = [it.type, ...it.labels].join("\0");
      let same = index.byLabels.get(key);
      if (same === undefined) index.byLabels.set(key, (same = []));
      same.push(it);
    }
  }
  indexes.set(body, index);
  return index;
}

/** Bodies up to this many items are searched item by item: an index costs more than it saves there. */
const INDEXED_FROM = 24;

function attributeOf(body: HclBody, name: string): HclAttribute | undefined {
  if (body.items.length >= INDEXED_FROM) return indexOf(body).attributes.get(name);
  for (const it of body.items) if (it.kind === "attribute" && it.name === name) return it;
  return undefined;
}

/**
 * Walks a path (`type`, labels..., index, ...) through the structure. Labels are the string
 * segments between a block type and the numeric index; an attribute ends the walk, since
 * positions inside expressions are not tracked.
 */
export function locate(root: HclBody, path: Path): Located {
  let body: HclBody = root;
  let found: HclItem | undefined;
  let i = 0;
  while (i < path.length) {
    const key = path[i];
    if (typeof key !== "string") return { item: found, exact: false };
    const attribute = attributeOf(body, key);
    if (attribute !== undefined) return { item: attribute, exact: true };
    // The labels are the string segments after the type, up to the index.
    let j = i + 1;
    while (j < path.length && typeof path[j] === "string") j++;
    // A path may end at a block type without an index: the first such block stands for it.
    const index = j === path.length ? 0 : path[j];
    if (typeof index !== "number") return { item: found, exact: false };
    const block = nthBlock(body, key, path, i + 1, j, index);
    if (block === undefined) return { item: found, exact: false };
    found = block;
    body = block.body;
    i = j + 1;
  }
  return { item: found, exact: true };
}

function labelsMatch(block: HclBlock, path: Path, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (block.labels[k - from] !== path[k]) return false;
  return true;
}

/**
 * The `index`-th block of `type` in `body` whose labels are `path[from..to)`; for a path that
 * ends at labels, failing that, the first block whose labels start with them (a block with
 * more labels than its type takes, whose extra labels the path does not name).
 */
function nthBlock(body: HclBody, type: string, path: Path, from: number, to: number, index: number): HclBlock | undefined {
  if (body.items.length < INDEXED_FROM) {
    let seen = 0;
    let extended: HclBlock | undefined;
    for (const it of body.items) {
      if (it.kind !== "block" || it.type !== type) continue;
      if (it.labels.length === to - from && labelsMatch(it, path, from, to)) {
        if (seen++ === index) return it;
      } else if (extended === undefined && to === path.length && it.labels.length > to - from && labelsMatch(it, path, from, to)) {
        extended = it;
      }
    }
    return to === path.length ? extended : undefined;
  }
  const found = indexOf(body);
  let key = type;
  for (let k = from; k < to; k++) key += "\0" + String(path[k]);
  const exact = found.byLabels.get(key)?.[index];
  if (exact !== undefined || to !== path.length) return exact;
  for (const it of found.blocks.get(type) ?? []) {
    if (it.labels.length <= to - from) continue;
    let same = true;
    for (let k = from; k < to && same; k++) same = it.labels[k - from] === path[k];
    if (same) return it;
  }
  return undefined;
}
