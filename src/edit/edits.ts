import type { HclAttribute, HclBlock, HclItem } from "../parse/hcl-structure.js";
import type { Fix } from "../results/diagnostic.js";
import { alignTouchedRuns, indentOf, indentUnit, isBlankOrComment, lineIndexAt, ownsLines, splitLines, type BodyLine, type Line } from "./lines.js";

/**
 * Generic edits of HCL native syntax, computed from the text and the structure scan: remove
 * an item, set attributes in a block, insert a block. Each keeps everything it does not
 * touch byte for byte (comments, blank lines, line endings, tabs) and aligns the `=` of the
 * attributes around its change as `nomad fmt` does. Each returns undefined when the layout
 * is one it cannot edit safely (several items on one line, a block the text leaves open).
 */

/** An attribute to set: its name and its value as HCL text; `undefined` keeps the value as written. */
export type AttributeValue = readonly [name: string, value: string | number | undefined];

export interface SetAttributesOptions {
  /** Attributes and block types to remove from the block. */
  readonly remove?: readonly string[];
  /**
   * Removed attributes that a set attribute takes the place of when the block lacks it:
   * `{ cores: "cpu" }` puts a missing `cpu` where `cores` was.
   */
  readonly replace?: Readonly<Record<string, string>>;
}

/** A new one-line attribute of a body being rewritten. */
function attributeLine(indent: string, name: string, value: string | number, eol: string): BodyLine {
  const text = `${indent}${name} = ${value}`;
  return { text, eol, touched: true, valueEnd: text.length };
}

const attributeOf = (block: HclBlock, name: string): HclAttribute | undefined =>
  block.body.items.find((i): i is HclAttribute => i.kind === "attribute" && i.name === name);

/** True when `{` ends its line (but for a comment) and `}` starts its own. */
function bracesOnOwnLines(lines: readonly Line[], block: HclBlock): boolean {
  const open = lines[lineIndexAt(lines, block.openBrace)]!;
  const close = lines[lineIndexAt(lines, block.closeBrace)]!;
  return open !== close && isBlankOrComment(open.text.slice(block.openBrace - open.start + 1)) && close.text.slice(0, block.closeBrace - close.start).trim() === "";
}

/**
 * The edit that sets attributes of a block: a value given replaces the one written (unless
 * they are the same), a missing attribute is inserted (after the one before it in `values`,
 * else before the one after it, else where the attribute it replaces was, else first), and
 * `remove` takes attributes and blocks out. A block written on one line (`resources { cpu =
 * 500 }`) is rewritten on lines of its own when it holds nothing but attributes named here.
 * Undefined when nothing changes or the layout cannot be edited.
 */
export function setAttributes(text: string, block: HclBlock, values: readonly AttributeValue[], options: SetAttributesOptions = {}): Fix | undefined {
  if (block.closeBrace === -1) return undefined;
  const remove = new Set([...(options.remove ?? []), ...Object.keys(options.replace ?? {})]);
  const standIn = new Map(Object.entries(options.replace ?? {}).map(([removed, set]) => [set, removed]));
  const lines = splitLines(text);
  const blockLine = lines[lineIndexAt(lines, block.span.start)]!;
  const eol = lines[lineIndexAt(lines, block.openBrace)]!.eol || "\n";
  const items = block.body.items;

  if (!bracesOnOwnLines(lines, block)) {
    const names = new Set([...values.map(([n]) => n), ...remove]);
    if (items.some((i) => i.kind === "block" || !names.has(i.name))) return undefined;
    const between = text.slice(block.openBrace + 1, block.closeBrace);
    const rest = items.reduce((s, i) => s.replace(text.slice(i.span.start, i.span.end), ""), between);
    if (rest.trim() !== "") return undefined;
    const indent = indentOf(blockLine.text);
    const unit = indentUnit(lines);
    const body: BodyLine[] = [];
    for (const [name, value] of values) {
      const attr = attributeOf(block, name);
      const written = attr === undefined ? undefined : text.slice(attr.exprSpan.start, attr.exprSpan.end);
      const shown = value ?? written;
      if (shown !== undefined) body.push(attributeLine(indent + unit, name, shown, eol));
    }
    alignTouchedRuns(body);
    const replacement = `${text.slice(block.span.start, block.openBrace + 1)}${eol}${body.map((l) => l.text + l.eol).join("")}${indent}}`;
    if (replacement === text.slice(block.span.start, block.closeBrace + 1)) return undefined;
    return { range: [block.span.start, block.closeBrace + 1], text: replacement };
  }

  const first = lineIndexAt(lines, block.openBrace) + 1;
  const last = lineIndexAt(lines, block.closeBrace) - 1;
  if (!items.every((i) => ownsLines(lines, i.span))) return undefined;
  const singleLine = new Map<number, HclAttribute>();
  for (const i of items) {
    if (i.kind === "attribute" && lineIndexAt(lines, i.span.start) === lineIndexAt(lines, i.span.end)) singleLine.set(lineIndexAt(lines, i.span.start), i);
  }
  const body: (BodyLine & { removed?: boolean; before?: BodyLine[]; after?: BodyLine[] })[] = [];
  for (let n = first; n <= last; n++) {
    const l = lines[n]!;
    const attr = singleLine.get(n);
    body.push({ text: l.text, eol: l.eol, touched: false, ...(attr ? { valueEnd: attr.exprSpan.end - l.start } : {}) });
  }
  const at = (item: HclItem) => lineIndexAt(lines, item.span.start) - first;
  const through = (item: HclItem) => lineIndexAt(lines, item.span.end) - first;
  const firstItemLine = items.length > 0 ? lines[lineIndexAt(lines, items[0]!.span.start)]!.text : undefined;
  const indent = firstItemLine !== undefined ? indentOf(firstItemLine) : indentOf(blockLine.text) + indentUnit(lines);
  let changed = false;

  const setValue = (attr: HclAttribute, wanted: string) => {
    if (text.slice(attr.exprSpan.start, attr.exprSpan.end).trim() === wanted || at(attr) !== through(attr)) return;
    const line = body[at(attr)]!;
    const start = lines[first + at(attr)]!.start;
    line.text = line.text.slice(0, attr.exprSpan.start - start) + wanted + line.text.slice(attr.exprSpan.end - start);
    line.valueEnd = attr.exprSpan.start - start + wanted.length;
    line.touched = true;
    changed = true;
  };
  for (const item of items) {
    if (!remove.has(item.kind === "attribute" ? item.name : item.type)) continue;
    for (let k = at(item); k <= through(item); k++) body[k]!.removed = true;
    changed = true;
  }

  // Where each attribute is, or will be once inserted: where to put the next one in order.
  const start: BodyLine[] = [];
  const placed = new Map<string, { line: number; list: "after" | "before" } | "start">();
  values.forEach(([name, value], i) => {
    const attr = attributeOf(block, name);
    if (attr !== undefined) {
      if (value !== undefined) setValue(attr, String(value));
      placed.set(name, { line: through(attr), list: "after" });
      return;
    }
    if (value === undefined) return;
    const line = attributeLine(indent, name, value, eol);
    changed = true;
    const replaced = standIn.get(name);
    const stand = replaced === undefined ? undefined : attributeOf(block, replaced);
    const previous = values.slice(0, i).reverse().find(([n]) => placed.has(n));
    const next = values.slice(i + 1).map(([n]) => attributeOf(block, n)).find((a) => a !== undefined);
    let where: { line: number; list: "after" | "before" } | "start";
    if (stand !== undefined) where = { line: at(stand), list: "before" };
    else if (previous !== undefined) where = placed.get(previous[0])!;
    else if (next !== undefined) where = { line: at(next), list: "before" };
    else where = "start";
    if (where === "start") start.push(line);
    else ((body[where.line]![where.list] ??= []) as BodyLine[]).push(line);
    placed.set(name, where);
  });
  if (!changed) return undefined;

  // Lines next to a removed one join a different alignment run: format theirs again.
  const out: BodyLine[] = [...start];
  let afterRemoval = false;
  body.forEach((l, k) => {
    out.push(...(l.before ?? []));
    if (l.removed) {
      if (k > 0) body[k - 1]!.touched = true;
      if (k + 1 < body.length) body[k + 1]!.touched = true;
      afterRemoval = true;
    } else {
      // A removal between two blank lines leaves one of them.
      const blank = l.text.trim() === "";
      if (!(blank && afterRemoval && out.length > 0 && out[out.length - 1]!.text.trim() === "")) out.push(l);
      afterRemoval = false;
    }
    out.push(...(l.after ?? []));
  });
  // Removing the last items leaves no blank lines before the closing brace that were not there.
  const endedBlank = body.length > 0 && body[body.length - 1]!.text.trim() === "";
  while (!endedBlank && out.length > 0 && out[out.length - 1]!.text.trim() === "" && out[out.length - 1]!.valueEnd === undefined) out.pop();
  alignTouchedRuns(out);
  const from = lines[first]?.start ?? lines[lineIndexAt(lines, block.closeBrace)]!.start;
  const to = lines[lineIndexAt(lines, block.closeBrace)]!.start;
  return { range: [from, to], text: out.map((l) => l.text + l.eol).join("") };
}

/**
 * The edit that adds a block of attributes at the end of `parent`'s body: before its closing
 * brace, indented like the parent's other items, after a blank line.
 */
export function insertBlock(text: string, parent: HclBlock, type: string, attributes: readonly (readonly [string, string | number])[]): Fix | undefined {
  if (parent.closeBrace === -1) return undefined;
  const lines = splitLines(text);
  const closeIndex = lineIndexAt(lines, parent.closeBrace);
  const close = lines[closeIndex]!;
  if (close.text.slice(0, parent.closeBrace - close.start).trim() !== "" || closeIndex === lineIndexAt(lines, parent.openBrace)) return undefined;
  const first = parent.body.items[0];
  const unit = indentUnit(lines);
  const indent = first !== undefined ? indentOf(lines[lineIndexAt(lines, first.span.start)]!.text) : indentOf(lines[lineIndexAt(lines, parent.span.start)]!.text) + unit;
  const eol = lines[lineIndexAt(lines, parent.openBrace)]!.eol || "\n";
  const previous = lines[closeIndex - 1]!;
  const gap = previous.text.trim() === "" || closeIndex - 1 === lineIndexAt(lines, parent.openBrace) ? "" : eol;
  const width = Math.max(0, ...attributes.map(([n]) => n.length));
  const block = [`${indent}${type} {`, ...attributes.map(([n, v]) => `${indent}${unit}${n.padEnd(width)} = ${v}`), `${indent}}`].join(eol) + eol;
  return { range: [close.start, close.start], text: gap + block };
}

/** The edit that removes an item on lines of its own. */
export function removeItem(text: string, item: HclItem): Fix | undefined {
  const lines = splitLines(text);
  if (item.kind === "block" && item.closeBrace === -1) return undefined;
  if (!ownsLines(lines, item.span)) return undefined;
  const first = lineIndexAt(lines, item.span.start);
  const last = lineIndexAt(lines, item.span.end);
  const end = last + 1 < lines.length ? lines[last + 1]!.start : text.length;
  return { range: [lines[first]!.start, end], text: "" };
}
