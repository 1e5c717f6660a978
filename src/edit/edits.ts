import type { HclAttribute, HclBlock, HclItem } from "../parse/hcl-structure.js";
import type { Fix } from "../results/diagnostic.js";
import { alignTouchedRuns, indentOf, indentUnit, isBlankOrComment, lineIndexAt, ownsLines, splitLines, type BodyLine, type Line } from "./lines.js";

/** What the resources of a remote task are set to. */
export const REMOTE_CPU = 1;
export const REMOTE_MEMORY = 10;

/** Which of cpu and memory hold literal values (the fix rewrites only those). */
export interface LiteralValues {
  readonly cpu: boolean;
  readonly memory: boolean;
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
 * The edit that gives a task's `resources` block the remote minimum: cpu = 1 and
 * memory = 10 (set where literal, inserted where missing), no cores, memory_max or device.
 * Everything else in the block, comments and blank lines included, stays as it is; the `=`
 * of the attributes around an edit are aligned as `nomad fmt` aligns them. Undefined when
 * the block is not laid out one item per line, or there is nothing to change.
 */
export function resourcesBlockFix(text: string, block: HclBlock, literal: LiteralValues): Fix | undefined {
  if (block.closeBrace === -1) return undefined;
  const lines = splitLines(text);
  const cpu = attributeOf(block, "cpu");
  const memory = attributeOf(block, "memory");
  const cores = attributeOf(block, "cores");
  const memoryMax = attributeOf(block, "memory_max");
  const devices = block.body.items.filter((i): i is HclBlock => i.kind === "block" && i.type === "device");
  const blockLine = lines[lineIndexAt(lines, block.span.start)]!;
  const eol = lines[lineIndexAt(lines, block.openBrace)]!.eol || "\n";

  if (!bracesOnOwnLines(lines, block)) {
    // `resources { cpu = 500 }`: rewritten on lines of its own when it holds nothing else.
    const inner = block.body.items;
    if (inner.some((i) => i.kind === "block" || !["cpu", "memory", "cores", "memory_max"].includes(i.name))) return undefined;
    const between = text.slice(block.openBrace + 1, block.closeBrace);
    const rest = inner.reduce((s, i) => s.replace(text.slice(i.span.start, i.span.end), ""), between);
    if (rest.trim() !== "") return undefined;
    const indent = indentOf(blockLine.text);
    const unit = indentUnit(lines);
    // A value that is not a literal stays as written; the finding names where to change it.
    const valueOf = (attr: HclAttribute | undefined, isLiteral: boolean, wanted: number) =>
      attr !== undefined && !isLiteral ? text.slice(attr.exprSpan.start, attr.exprSpan.end) : String(wanted);
    const body = [
      attributeLine(indent + unit, "cpu", valueOf(cpu, literal.cpu, REMOTE_CPU), eol),
      attributeLine(indent + unit, "memory", valueOf(memory, literal.memory, REMOTE_MEMORY), eol),
    ];
    alignTouchedRuns(body);
    const replacement = `${text.slice(block.span.start, block.openBrace + 1)}${eol}${body.map((l) => l.text + l.eol).join("")}${indent}}`;
    if (replacement === text.slice(block.span.start, block.closeBrace + 1)) return undefined;
    return { range: [block.span.start, block.closeBrace + 1], text: replacement };
  }

  const first = lineIndexAt(lines, block.openBrace) + 1;
  const last = lineIndexAt(lines, block.closeBrace) - 1;
  const items = block.body.items;
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
  const newLine = (name: string, value: number): BodyLine => attributeLine(indent, name, value, eol);
  let changed = false;
  const setValue = (attr: HclAttribute | undefined, isLiteral: boolean, wanted: number) => {
    if (attr === undefined || !isLiteral || text.slice(attr.exprSpan.start, attr.exprSpan.end).trim() === String(wanted)) return;
    if (at(attr) !== through(attr)) return;
    const line = body[at(attr)]!;
    const start = lines[first + at(attr)]!.start;
    line.text = line.text.slice(0, attr.exprSpan.start - start) + String(wanted) + line.text.slice(attr.exprSpan.end - start);
    line.valueEnd = attr.exprSpan.start - start + String(wanted).length;
    line.touched = true;
    changed = true;
  };
  const remove = (item: HclItem) => {
    for (let k = at(item); k <= through(item); k++) body[k]!.removed = true;
    changed = true;
  };
  setValue(cpu, literal.cpu, REMOTE_CPU);
  setValue(memory, literal.memory, REMOTE_MEMORY);
  if (cores !== undefined) {
    remove(cores);
    // cpu takes the place of cores when the block has none.
    if (cpu === undefined) (body[at(cores)]!.before ??= []).push(newLine("cpu", REMOTE_CPU));
  }
  if (memoryMax !== undefined) remove(memoryMax);
  for (const d of devices) remove(d);
  const start: BodyLine[] = [];
  if (cpu === undefined && cores === undefined) {
    if (memory !== undefined) (body[at(memory)]!.before ??= []).push(newLine("cpu", REMOTE_CPU));
    else start.push(newLine("cpu", REMOTE_CPU));
    changed = true;
  }
  if (memory === undefined) {
    if (cpu !== undefined) (body[through(cpu)]!.after ??= []).push(newLine("memory", REMOTE_MEMORY));
    else if (cores !== undefined) body[at(cores)]!.before!.push(newLine("memory", REMOTE_MEMORY));
    else start.push(newLine("memory", REMOTE_MEMORY));
    changed = true;
  }
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
 * The edit that adds `resources { cpu = 1, memory = 10 }` to a task that has none: before
 * the task's closing brace, indented like the task's other items, after a blank line.
 */
export function insertResourcesFix(text: string, task: HclBlock): Fix | undefined {
  if (task.closeBrace === -1) return undefined;
  const lines = splitLines(text);
  const closeIndex = lineIndexAt(lines, task.closeBrace);
  const close = lines[closeIndex]!;
  if (close.text.slice(0, task.closeBrace - close.start).trim() !== "" || closeIndex === lineIndexAt(lines, task.openBrace)) return undefined;
  const first = task.body.items[0];
  const unit = indentUnit(lines);
  const indent = first !== undefined ? indentOf(lines[lineIndexAt(lines, first.span.start)]!.text) : indentOf(lines[lineIndexAt(lines, task.span.start)]!.text) + unit;
  const eol = lines[lineIndexAt(lines, task.openBrace)]!.eol || "\n";
  const previous = lines[closeIndex - 1]!;
  const gap = previous.text.trim() === "" || closeIndex - 1 === lineIndexAt(lines, task.openBrace) ? "" : eol;
  const block = [`${indent}resources {`, `${indent}${unit}cpu    = ${REMOTE_CPU}`, `${indent}${unit}memory = ${REMOTE_MEMORY}`, `${indent}}`].join(eol) + eol;
  return { range: [close.start, close.start], text: gap + block };
}

/** The edit that removes an item on lines of its own (a suggestion; --fix never applies it). */
export function removeItemFix(text: string, item: HclItem): Fix | undefined {
  const lines = splitLines(text);
  if (item.kind === "block" && item.closeBrace === -1) return undefined;
  if (!ownsLines(lines, item.span)) return undefined;
  const first = lineIndexAt(lines, item.span.start);
  const last = lineIndexAt(lines, item.span.end);
  const end = last + 1 < lines.length ? lines[last + 1]!.start : text.length;
  return { range: [lines[first]!.start, end], text: "" };
}
