/** A position in a source file: 1-based line and column, columns in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

/** A source range; the end is exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Offsets into the text, in UTF-16 code units, end exclusive. */
export interface Span {
  start: number;
  end: number;
}
