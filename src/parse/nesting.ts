/**
 * How deeply a text nests brackets, braces, parentheses and template interpolations, found
 * without parsing and without recursion. HCL's parser (Go, compiled to WebAssembly) recurses
 * once per level and overruns its stack at around two thousand levels, leaving the parser
 * unusable, so texts nested deeper than the limit are refused before they reach it.
 *
 * The scan knows what HCL and JSON texts hold besides code: quoted strings (with escapes and
 * `${...}` / `%{...}` that hold expressions of their own), heredocs (until their closing
 * marker; interpolations inside count) and `#`, `//` and `/* *\/` comments.
 */

const enum Mode {
  Code,
  String,
  Heredoc,
}

interface Frame {
  mode: Mode;
  /** For a heredoc: its closing marker. */
  marker?: string;
}

const OPEN = new Set(["{", "[", "("]);
const CLOSE = new Set(["}", "]", ")"]);
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;

/** Offset of the first character at which nesting exceeds `limit`, or -1 when it never does. */
export function firstTooDeep(text: string, limit: number): number {
  // Every level needs an opening character: a text with no more of them than the limit
  // cannot go past it (most files), and needs no closer look.
  let openers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) openers++;
  }
  if (openers <= limit) return -1;
  return scan(text, limit);
}

function scan(text: string, limit: number): number {
  // The stack holds the open constructs: brackets and interpolations (counted) and the
  // strings and heredocs they sit in (not counted).
  const stack: Frame[] = [{ mode: Mode.Code }];
  let depth = 0;
  let i = 0;
  const n = text.length;
  /** Opens a bracket or an interpolation; false when that goes past the limit. */
  const enter = (): boolean => {
    depth++;
    stack.push({ mode: Mode.Code });
    return depth <= limit;
  };
  while (i < n) {
    const top = stack[stack.length - 1]!;
    const c = text[i]!;
    if (top.mode === Mode.String) {
      if (c === "\\") i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        if (!enter()) return i;
        i += 2;
      } else i++;
      continue;
    }
    if (top.mode === Mode.Heredoc) {
      if (i === 0 || text[i - 1] === "\n") {
        let end = text.indexOf("\n", i);
        if (end === -1) end = n;
        if (text.slice(i, end).trim() === top.marker) {
          stack.pop();
          i = end;
          continue;
        }
      }
      if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        if (!enter()) return i;
        i += 2;
      } else i++;
      continue;
    }
    // Code, at the top level or inside brackets or an interpolation.
    if (c === '"') {
      stack.push({ mode: Mode.String });
      i++;
    } else if (c === "#" || (c === "/" && text[i + 1] === "/")) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "<" && text[i + 1] === "<") {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m === null) i += 2;
      else {
        stack.push({ mode: Mode.Heredoc, marker: m[1]! });
        i += m[0].length;
      }
    } else if (OPEN.has(c)) {
      if (!enter()) return i;
      i++;
    } else if (CLOSE.has(c)) {
      // An unbalanced closer is the parser's to report; the scan only guards depth.
      if (depth > 0) {
        stack.pop();
        depth--;
      }
      i++;
    } else i++;
  }
  return -1;
}

/**
 * Depth of nested arrays and objects in a JSON value, exact up to `stopAt`; past it, some
 * depth above `stopAt` (the walk stops there, so it recurses at most `stopAt` + 1 levels).
 */
export function jsonDepth(value: unknown, stopAt: number): number {
  const walk = (v: unknown, outer: number): number => {
    if (v === null || typeof v !== "object") return outer;
    const depth = outer + 1;
    let max = depth;
    if (depth > stopAt) return max;
    if (Array.isArray(v)) {
      for (const x of v) {
        const d = walk(x, depth);
        if (d > max && (max = d) > stopAt) return max;
      }
    } else {
      for (const key in v) {
        const d = walk((v as Record<string, unknown>)[key], depth);
        if (d > max && (max = d) > stopAt) return max;
      }
    }
    return max;
  };
  return walk(value, 0);
}
