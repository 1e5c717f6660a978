import type { Span } from "../parse/source.js";

/** One line of a text with its line ending ("" for a last line without one). */
export interface Line {
  readonly start: number;
  readonly text: string;
  readonly eol: string;
}

let lastText: string | undefined;
let lastLines: Line[] = [];

/** The lines of a text; their texts and endings joined give the text back. */
export function splitLines(text: string): readonly Line[] {
  // The edits of one file ask for the same text's lines again and again.
  if (text === lastText) return lastLines;
  const lines: Line[] = [];
  let start = 0;
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start), eol: "" });
  lastText = text;
  lastLines = lines;
  return lines;
}

/** Index of the line holding `offset`. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export const indentOf = (line: string): string => /^[ \t]*/.exec(line)![0];

/** True when `text` holds only whitespace and, optionally, a comment. */
export function isBlankOrComment(text: string): boolean {
  const t = text.trim();
  return t === "" || t.startsWith("#") || t.startsWith("//") || (t.startsWith("/*") && t.endsWith("*/"));
}

/**
 * Whether `span` covers whole lines of its own: nothing but indentation before it on its
 * first line, nothing but whitespace or a comment after it on its last.
 */
export function ownsLines(lines: readonly Line[], span: Span): boolean {
  const first = lines[lineIndexAt(lines, span.start)]!;
  const last = lines[lineIndexAt(lines, span.end)]!;
  if (first.text.slice(0, span.start - first.start).trim() !== "") return false;
  return isBlankOrComment(last.text.slice(span.end - last.start));
}

/** The indentation unit a text uses: a tab when its indented lines start with tabs, else two spaces. */
export function indentUnit(lines: readonly Line[]): string {
  let unit = units.get(lines);
  if (unit === undefined) units.set(lines, (unit = countIndentUnit(lines)));
  return unit;
}

/** The unit of each text's lines: a file with thousands of fixes asks thousands of times. */
const units = new WeakMap<readonly Line[], string>();

function countIndentUnit(lines: readonly Line[]): string {
  let tabs = 0;
  let spaces = 0;
  for (const l of lines) {
    if (l.text.startsWith("\t")) tabs++;
    else if (l.text.startsWith(" ")) spaces++;
  }
  return tabs > spaces ? "\t" : "  ";
}

/** One line of an attribute `name = value` with an optional trailing comment, split for alignment. */
interface AttributeLine {
  indent: string;
  name: string;
  value: string;
  comment: string | undefined;
}

const ATTRIBUTE_LINE = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=(?!=)[ \t]*(.*)$/;

/** Splits a one-line attribute; `valueEnd` is where its expression ends in `text` (a comment may follow). */
function splitAttributeLine(text: string, valueEnd: number): AttributeLine | undefined {
  const m = ATTRIBUTE_LINE.exec(text.slice(0, valueEnd));
  if (m === null) return undefined;
  const rest = text.slice(valueEnd).trim();
  return { indent: m[1]!, name: m[2]!, value: m[3]!.trimEnd(), comment: rest === "" ? undefined : rest };
}

/** A line of a body being rewritten: its text, and for attribute lines where the expression ends. */
export interface BodyLine {
  text: string;
  eol: string;
  /** For a one-line attribute: the offset in `text` where its expression ends. */
  valueEnd?: number;
  /** Changed, inserted, or next to a removed line: its alignment group is formatted again. */
  touched: boolean;
}

/**
 * Aligns the `=` of each run of consecutive one-line attributes that has a touched line, the
 * way `nomad fmt` does: names padded to the longest, one space either side of `=`; trailing
 * comments of the run start one space after its longest line. Runs without a touched line
 * are left as they are.
 */
export function alignTouchedRuns(body: BodyLine[]): void {
  let i = 0;
  while (i < body.length) {
    if (body[i]!.valueEnd === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body[j]!.valueEnd !== undefined) j++;
    const run = body.slice(i, j);
    if (run.some((l) => l.touched)) {
      const parts = run.map((l) => splitAttributeLine(l.text, l.valueEnd!));
      if (parts.every((p) => p !== undefined)) {
        const width = Math.max(...parts.map((p) => p!.name.length));
        const code = parts.map((p) => `${p!.indent}${p!.name.padEnd(width)} = ${p!.value}`);
        const commentAt = Math.max(0, ...code.filter((_c, k) => parts[k]!.comment !== undefined).map((c) => c.length));
        run.forEach((l, k) => {
          const p = parts[k]!;
          l.text = p.comment === undefined ? code[k]! : `${code[k]!.padEnd(commentAt)} ${p.comment}`;
          l.valueEnd = code[k]!.length;
        });
      }
    }
    i = j;
  }
}
