/**
 * What a text is, told without parsing it: whether it holds a top-level `job` block (a
 * jobspec, whatever its file is called), and whether it is a template to render before it
 * is one. They run on every `*.hcl` of a tree, so each is a single pass over a bounded part
 * of the text that knows only what hides code: comments, quoted strings and heredocs.
 */

/** `job "web" {`, `job web {`, and a template's `job [[ template "name" . ]] {` or `job "[[ var "name" . ]]-web" {`. */
const JOB_HEADER = /job[ \t]+(?:"(?:\[\[[^\]\n]*\]\]|\\.|[^"\\\n])*"|[\p{ID_Start}_][\p{ID_Continue}-]*|\[\[[^\]\n]*\]\])[ \t]*\{/uy;
const HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;

/** Bytes of a file read to decide whether it is a jobspec: a job block past them is not looked for. */
export const SNIFF_BYTES = 256 * 1024;

/** Where `visit` is called: a character of code, the brace depth there, and whether it starts its line. */
type Visit = (at: number, depth: number, lineStart: boolean) => boolean;

/**
 * Calls `visit` at each non-blank character of code, outside comments, quoted strings and
 * heredocs, until it answers false.
 */
function scanCode(text: string, visit: Visit): void {
  let depth = 0;
  let i = 0;
  let lineStart = true;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      i++;
    } else if (c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === 34) {
      i = stringEnd(text, i);
      lineStart = false;
    } else if (c === 60 && text.charCodeAt(i + 1) === 60 && heredocEnd(text, i) !== -1) {
      i = heredocEnd(text, i);
    } else {
      if (!visit(i, depth, lineStart)) return;
      lineStart = false;
      if (c === 123) depth++;
      else if (c === 125) depth = Math.max(0, depth - 1);
      i++;
    }
  }
}

/**
 * Where the quoted string that opens at `at` ends: after its closing quote, the strings inside
 * its interpolations included (`"${join(",", xs)}"`), or at the end of its line in a broken text.
 */
function stringEnd(text: string, at: number): number {
  const n = text.length;
  // -1: inside a string; 0 or more: inside an interpolation's code, at that brace depth.
  const open: number[] = [-1];
  let i = at + 1;
  while (i < n && open.length > 0) {
    const d = text.charCodeAt(i);
    const top = open[open.length - 1]!;
    if (d === 10) return i;
    if (top === -1) {
      if (d === 92) i += 2;
      else if (d === 34) {
        open.pop();
        i++;
      } else if ((d === 36 || d === 37) && text.charCodeAt(i + 1) === d && text.charCodeAt(i + 2) === 123) i += 3;
      else if ((d === 36 || d === 37) && text.charCodeAt(i + 1) === 123) {
        open.push(0);
        i += 2;
      } else i++;
    } else {
      if (d === 34) open.push(-1);
      else if (d === 123) open[open.length - 1] = top + 1;
      else if (d === 125) {
        if (top === 0) open.pop();
        else open[open.length - 1] = top - 1;
      }
      i++;
    }
  }
  return i;
}

/** Where the heredoc that starts at `at` ends (its closing marker's line, or the text's end); -1 when `<<` starts none. */
function heredocEnd(text: string, at: number): number {
  HEREDOC.lastIndex = at;
  const m = HEREDOC.exec(text);
  if (m === null) return -1;
  for (let line = HEREDOC.lastIndex; ; ) {
    const end = text.indexOf("\n", line);
    if (end === -1) return text.length;
    if (text.slice(line, end).trim() === m[1]) return end;
    line = end + 1;
  }
}

/** Whether a text holds a `job "<name>" {` block at its top level: a jobspec. */
export function hasTopLevelJob(text: string): boolean {
  let found = false;
  scanCode(text, (at, depth, lineStart) => {
    if (depth !== 0 || !lineStart || text.charCodeAt(at) !== 106) return true;
    JOB_HEADER.lastIndex = at;
    found = JOB_HEADER.test(text);
    return !found;
  });
  return found;
}

/**
 * Levant and nomad-pack actions: `[[ .name ]]`, `[[- template "x" . -]]`, `[[ var "x" . ]]`.
 * A keyword is an action's only when a space or the action's end follows it: `[[var.ports]]`
 * is HCL (a list of a list).
 */
const LEVANT = /\[\[-?\s*(?:\.[A-Za-z_]|\$|(?:template|range|if|else|end|with|define|include|block|env|var|meta|quote|toJson|printf|default|coalesce|key|secret|timeNow)(?=\s|-?\]\]))[^\]\n]*\]\]/;

/** File names of Terraform templatefile sources: `web.nomad.tpl`, `web.hcl.tftpl`. */
const TEMPLATE_NAME = /\.(tpl|tftpl|tmpl)$/i;

/**
 * The kind of template a text is, if it is one by its delimiters or its name. A Terraform
 * source with another name is told only once HCL rejects it (see isTemplateWhenBroken).
 */
export function templateKind(text: string, fileName: string): "levant" | "terraform" | undefined {
  if (LEVANT.test(text)) return "levant";
  if (TEMPLATE_NAME.test(fileName)) return "terraform";
  return undefined;
}

/**
 * Whether a text that HCL rejects is a Terraform `templatefile` source: it has a `${` or
 * `%{` where code is, outside every string (`count = ${count}`, `%{ for x in xs ~}`).
 */
/** Where the first levant or nomad-pack action is, or -1. */
export function levantActionAt(text: string): number {
  return text.search(LEVANT);
}

export function isTemplateWhenBroken(text: string): boolean {
  return templateCodeAt(text) !== -1;
}

/** Where the first `${` or `%{` outside every string and comment is, or -1. */
export function templateCodeAt(text: string): number {
  let found = -1;
  scanCode(text, (at) => {
    const c = text.charCodeAt(at);
    // `$${` and `%%{` are escapes, not interpolations.
    if ((c === 36 || c === 37) && text.charCodeAt(at + 1) === 123 && text.charCodeAt(at - 1) !== c) found = at;
    return found === -1;
  });
  return found;
}
