import type { Span } from "./source.js";

/** An attribute `name = expression` of an HCL body, with its source spans. */
export interface HclAttribute {
  readonly kind: "attribute";
  readonly name: string;
  readonly nameSpan: Span;
  readonly exprSpan: Span;
  /** From the name to the end of the expression. */
  readonly span: Span;
}

/** A block `type "label" { ... }` of an HCL body, with its source spans. */
export interface HclBlock {
  readonly kind: "block";
  readonly type: string;
  readonly labels: readonly string[];
  readonly typeSpan: Span;
  readonly labelSpans: readonly Span[];
  /** The block header: from the type to the end of the last label. */
  readonly headerSpan: Span;
  /** Offset of `{`. */
  readonly openBrace: number;
  /** Offset of the matching `}`, or -1 when the text ends first. */
  readonly closeBrace: number;
  /** From the type to just after the closing brace. */
  readonly span: Span;
  readonly body: HclBody;
}

export type HclItem = HclAttribute | HclBlock;

export interface HclBody {
  readonly items: readonly HclItem[];
}

export interface HclComment {
  readonly span: Span;
  /** The comment as written, with its `#`, `//` or `/* *\/` markers. */
  readonly text: string;
}

export interface HclStructure {
  readonly body: HclBody;
  readonly comments: readonly HclComment[];
}

const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const HEREDOC_START = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)[ \t]*\r?\n/uy;

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const SLASH = 47;
const STAR = 42;
const QUOTE = 34;
const BACKSLASH = 92;
const DOLLAR = 36;
const PERCENT = 37;
const LBRACE = 123;
const RBRACE = 125;
const LPAREN = 40;
const RPAREN = 41;
const LBRACKET = 91;
const RBRACKET = 93;
const EQUALS = 61;
const LT = 60;

/**
 * Finds the blocks, attributes and comments of an HCL native-syntax file with their exact
 * source spans. It recognises structure only: expressions are skipped as balanced token runs
 * (strings, templates, heredocs and comments inside them included), never evaluated.
 *
 * The input is expected to be valid HCL (hcl2json judges syntax); on invalid input the scan
 * still terminates and returns what it could recognise.
 */
export function scanHclStructure(text: string): HclStructure {
  return new Scanner(text).run();
}

class Scanner {
  readonly #text: string;
  #pos = 0;
  readonly #comments: HclComment[] = [];

  constructor(text: string) {
    this.#text = text;
  }

  run(): HclStructure {
    const body = this.#body(false);
    return { body, comments: this.#comments };
  }

  #code(at: number): number {
    return this.#text.charCodeAt(at);
  }

  /** Parses body items until EOF or, when nested, an unmatched `}` (left unconsumed). */
  #body(nested: boolean): HclBody {
    const items: HclItem[] = [];
    const text = this.#text;
    for (;;) {
      this.#skipTrivia(true);
      if (this.#pos >= text.length) break;
      const c = this.#code(this.#pos);
      if (c === RBRACE) {
        if (nested) break;
        this.#pos++;
        continue;
      }
      const start = this.#pos;
      const name = this.#identifier();
      if (name === undefined) {
        this.#skipLine();
        continue;
      }
      const nameSpan = { start, end: this.#pos };
      this.#skipTrivia(false);
      if (this.#code(this.#pos) === EQUALS && this.#code(this.#pos + 1) !== EQUALS) {
        this.#pos++;
        this.#skipTrivia(false);
        const exprStart = this.#pos;
        const exprEnd = this.#expression(false);
        items.push({
          kind: "attribute",
          name,
          nameSpan,
          exprSpan: { start: exprStart, end: Math.max(exprStart, exprEnd) },
          span: { start, end: Math.max(exprStart, exprEnd) },
        });
        continue;
      }
      const block = this.#blockRest(name, nameSpan);
      if (block === undefined) {
        this.#skipLine();
        continue;
      }
      items.push(block);
    }
    return { items };
  }

  #blockRest(type: string, typeSpan: Span): HclBlock | undefined {
    const labels: string[] = [];
    const labelSpans: Span[] = [];
    for (;;) {
      const c = this.#code(this.#pos);
      if (c === QUOTE) {
        const start = this.#pos;
        const end = this.#quoted(start);
        labels.push(decodeLabel(this.#text.slice(start + 1, Math.max(start + 1, end - 1))));
        labelSpans.push({ start, end });
      } else if (c === LBRACE) {
        break;
      } else {
        const start = this.#pos;
        const label = this.#identifier();
        if (label === undefined) return undefined;
        labels.push(label);
        labelSpans.push({ start, end: this.#pos });
      }
      this.#skipTrivia(false);
    }
    const openBrace = this.#pos;
    this.#pos++;
    const body = this.#body(true);
    let closeBrace = -1;
    if (this.#code(this.#pos) === RBRACE) {
      closeBrace = this.#pos;
      this.#pos++;
    }
    const last = labelSpans[labelSpans.length - 1] ?? typeSpan;
    return {
      kind: "block",
      type,
      labels,
      typeSpan,
      labelSpans,
      headerSpan: { start: typeSpan.start, end: last.end },
      openBrace,
      closeBrace,
      span: { start: typeSpan.start, end: this.#pos },
      body,
    };
  }

  #identifier(): string | undefined {
    IDENT.lastIndex = this.#pos;
    const m = IDENT.exec(this.#text);
    if (m === null) return undefined;
    this.#pos += m[0].length;
    return m[0];
  }

  /** Skips whitespace and comments; newlines only when `newlines` is set. */
  #skipTrivia(newlines: boolean): void {
    const text = this.#text;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === SPACE || c === TAB || c === CR) this.#pos++;
      else if (c === NL) {
        if (!newlines) return;
        this.#pos++;
      } else if (c === HASH || (c === SLASH && this.#code(this.#pos + 1) === SLASH)) this.#lineComment();
      else if (c === SLASH && this.#code(this.#pos + 1) === STAR) this.#blockComment();
      else return;
    }
  }

  #lineComment(): void {
    const start = this.#pos;
    let end = this.#text.indexOf("\n", start);
    if (end === -1) end = this.#text.length;
    let textEnd = end;
    if (textEnd > start && this.#code(textEnd - 1) === CR) textEnd--;
    this.#comments.push({ span: { start, end: textEnd }, text: this.#text.slice(start, textEnd) });
    this.#pos = end;
  }

  #blockComment(): void {
    const start = this.#pos;
    const close = this.#text.indexOf("*/", start + 2);
    const end = close === -1 ? this.#text.length : close + 2;
    this.#comments.push({ span: { start, end }, text: this.#text.slice(start, end) });
    this.#pos = end;
  }

  #skipLine(): void {
    const end = this.#text.indexOf("\n", this.#pos);
    this.#pos = end === -1 ? this.#text.length : end + 1;
  }

  /**
   * Skips an expression. Outside brackets it ends at a newline or at an unmatched closing
   * bracket (the `}` of a one-line block); inside a template interpolation (`inTemplate`)
   * newlines do not end it and the unmatched `}` is consumed. Returns the end of the last
   * expression token, so trailing comments are not part of the expression.
   */
  #expression(inTemplate: boolean): number {
    const text = this.#text;
    const stack: number[] = [];
    let lastEnd = this.#pos;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === NL) {
        if (stack.length === 0 && !inTemplate) return lastEnd;
        this.#pos++;
      } else if (c === SPACE || c === TAB || c === CR) {
        this.#pos++;
      } else if (c === HASH || (c === SLASH && this.#code(this.#pos + 1) === SLASH)) {
        this.#lineComment();
      } else if (c === SLASH && this.#code(this.#pos + 1) === STAR) {
        this.#blockComment();
      } else if (c === QUOTE) {
        this.#pos = this.#quoted(this.#pos);
        lastEnd = this.#pos;
      } else if (c === LT && this.#code(this.#pos + 1) === LT && this.#heredoc()) {
        lastEnd = this.#pos;
      } else if (c === LBRACE || c === LPAREN || c === LBRACKET) {
        stack.push(c);
        this.#pos++;
        lastEnd = this.#pos;
      } else if (c === RBRACE || c === RPAREN || c === RBRACKET) {
        if (stack.length === 0) {
          if (inTemplate && c === RBRACE) {
            this.#pos++;
            return this.#pos;
          }
          return lastEnd;
        }
        stack.pop();
        this.#pos++;
        lastEnd = this.#pos;
      } else {
        this.#pos++;
        lastEnd = this.#pos;
      }
    }
    return lastEnd;
  }

  /** Skips a quoted template starting at `start` (a `"`); returns the offset after it. */
  #quoted(start: number): number {
    const text = this.#text;
    this.#pos = start + 1;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === BACKSLASH) this.#pos += 2;
      else if (c === QUOTE) return ++this.#pos;
      else if (c === NL) return this.#pos;
      else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === c && this.#code(this.#pos + 2) === LBRACE) {
        this.#pos += 3;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === LBRACE) {
        this.#pos += 2;
        this.#expression(true);
      } else this.#pos++;
    }
    return this.#pos;
  }

  /** Skips a heredoc at the current `<<`; false (nothing consumed) when it is not one. */
  #heredoc(): boolean {
    const text = this.#text;
    HEREDOC_START.lastIndex = this.#pos;
    const m = HEREDOC_START.exec(text);
    if (m === null) return false;
    const marker = m[2]!;
    this.#pos += m[0].length;
    let lineStart = this.#pos;
    while (this.#pos < text.length) {
      if (this.#pos === lineStart) {
        const end = closingMarkerEnd(text, lineStart, marker);
        if (end !== -1) {
          this.#pos = end;
          return true;
        }
      }
      const c = this.#code(this.#pos);
      if (c === NL) {
        this.#pos++;
        lineStart = this.#pos;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === c && this.#code(this.#pos + 2) === LBRACE) {
        this.#pos += 3;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === LBRACE) {
        this.#pos += 2;
        this.#expression(true);
      } else this.#pos++;
    }
    return true;
  }
}

/** If the line at `lineStart` is a heredoc's closing marker, the offset after the marker. */
function closingMarkerEnd(text: string, lineStart: number, marker: string): number {
  let i = lineStart;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (!text.startsWith(marker, i)) return -1;
  const end = i + marker.length;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB || text.charCodeAt(j) === CR)) j++;
  return j >= text.length || text.charCodeAt(j) === NL ? end : -1;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };

/** Decodes a quoted block label the way HCL decodes a string literal. */
export function decodeLabel(raw: string): string {
  if (!/[\\$%]/.test(raw)) return raw;
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|\$\$\{|%%\{/gs, (all, u4?: string, u8?: string, ch?: string) => {
    if (all === "$${") return "${";
    if (all === "%%{") return "%{";
    if (u4 !== undefined) return String.fromCharCode(parseInt(u4, 16));
    if (u8 !== undefined) return String.fromCodePoint(Math.min(parseInt(u8, 16), 0x10ffff));
    return ESCAPES[ch ?? ""] ?? all;
  });
}
