/**
 * Text from files (names, labels, values, comments) made safe to print where a person or a
 * CI runner reads it: every control character (C0 but the tab, DEL, C1), the line and
 * paragraph separators and the bidirectional controls are shown as escapes (`\x1b`, `\r`,
 * `\u202e`), so nothing the linter prints moves the cursor, colours or hides text in a
 * terminal, reorders a line, or starts a new line that a GitHub runner would read as a
 * workflow command.
 */
export function visible(text: string, keepTabs = false): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, (c) => escape(c, keepTabs)) : text;
}

// C0 controls, DEL and C1 controls; LINE and PARAGRAPH SEPARATOR; the bidi embeddings,
// overrides and isolates, the marks, and the Arabic letter mark.
const CLASS = "[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c]";
const UNSAFE = new RegExp(CLASS);
const UNSAFE_ALL = new RegExp(CLASS, "g");

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(c: string, keepTabs: boolean): string {
  if (c === "\t" && keepTabs) return c;
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A line that starts with text from a file (a file name in stylish and compact output): when
 * it would start with what a GitHub runner reads as a command (`::name` or `##[name`), the
 * path is written `./` first, which names the same file.
 */
export function safeLineStart(path: string): string {
  return /^\s*(::|##\[)/.test(path) ? `./${path}` : path;
}
