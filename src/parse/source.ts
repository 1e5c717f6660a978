import type { Position, Range, Span } from "../results/range.js";

export type { Position, Range, Span };

const BOM = "\uFEFF";

/**
 * The text of one input, with its line table. A leading UTF-8 byte order mark is removed
 * before anything else sees the text, so a file with a BOM reports the same lines and
 * columns as its plain twin.
 */
export class SourceText {
  readonly text: string;
  readonly hasBom: boolean;
  #lineStarts: number[] | undefined;

  constructor(raw: string) {
    this.hasBom = raw.startsWith(BOM);
    this.text = this.hasBom ? raw.slice(1) : raw;
  }

  get lineStarts(): readonly number[] {
    if (this.#lineStarts === undefined) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Converts an offset to a 1-based line and UTF-16 column. */
  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  rangeOf(span: Span): Range {
    const start = this.positionAt(span.start);
    const end = this.positionAt(span.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const starts = this.lineStarts;
    const start = starts[line - 1];
    if (start === undefined) return "";
    const next = starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  /** Offset of the start of a 1-based line (the text length past the last line). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Converts a column counted in grapheme clusters (as HCL reports it) to a UTF-16 column on
 * the given line. A column past the end of the line (HCL gives some on lines with joining
 * characters) becomes the column just past its last character.
 */
export function graphemeColumnToUtf16(lineText: string, column: number): number {
  if (column <= 1) return 1;
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lineText)) return Math.min(column, lineText.length + 1);
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let remaining = column - 1;
  let units = 0;
  for (const { segment } of graphemes.segment(lineText)) {
    if (remaining === 0) break;
    units += segment.length;
    remaining--;
  }
  return Math.min(units + remaining + 1, lineText.length + 1);
}
