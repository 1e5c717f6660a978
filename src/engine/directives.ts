import type { HclComment } from "../parse/hcl-structure.js";
import type { SourceText, Span } from "../parse/source.js";

export type DirectiveKind = "disable" | "disable-next-line" | "disable-line" | "enable";

/** The directives there are, for a did-you-mean on one that is not. */
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ["disable", "disable-line", "disable-next-line", "enable"];

/** One rule id named in a directive, with where it is written. */
export interface DirectiveId {
  readonly id: string;
  readonly span: Span;
}

/**
 * `# nomad-remote-lint-disable <ids> [-- reason]` (from its line to a matching
 * `# nomad-remote-lint-enable [<ids>]`, or to the end of the file),
 * `# nomad-remote-lint-disable-line <ids>` (its own line, after the code) or
 * `# nomad-remote-lint-disable-next-line <ids> [-- reason]` (the next line that is not
 * blank or a comment). `//` comments work the same. No ids means every rule.
 */
export interface Directive {
  readonly kind: DirectiveKind;
  /** The 1-based line of the comment. */
  readonly line: number;
  readonly ids: readonly DirectiveId[];
  readonly reason: string | undefined;
  /** The comment holding the directive. */
  readonly span: Span;
  /** For `disable-next-line`: the 1-based line it applies to (undefined at the end of the file). */
  readonly targetLine: number | undefined;
}

/** Cheap test for whether a text can hold directives at all. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes("nomad-remote-lint-");
}

const DIRECTIVE = /^(#|\/\/)\s*nomad-remote-lint-([A-Za-z][A-Za-z-]*)(?=\s|$)/;

/** A comment that starts like a directive but names none there is (`nomad-remote-lint-disable-nxt-line`). */
export interface UnknownDirective {
  readonly name: string;
  readonly span: Span;
}

/** The directives among a file's comments, and the comments that look like one but are not. */
export function findDirectives(source: SourceText, comments: readonly HclComment[]): { directives: Directive[]; unknown: UnknownDirective[] } {
  const out: Directive[] = [];
  const unknown: UnknownDirective[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (m === null) continue;
    if (!(DIRECTIVE_KINDS as readonly string[]).includes(m[2]!)) {
      const start = comment.span.start + m[0].length - m[2]!.length - "nomad-remote-lint-".length;
      unknown.push({ name: m[2]!, span: { start, end: comment.span.start + m[0].length } });
      continue;
    }
    const kind = m[2] as DirectiveKind;
    const restStart = m[0].length;
    const rest = comment.text.slice(restStart);
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const idsText = sep === -1 ? rest : rest.slice(0, sep);
    const reasonText = sep === -1 ? undefined : rest.slice(sep).replace(/^\s*--/, "").trim();
    const ids: DirectiveId[] = [];
    for (const match of idsText.matchAll(/[^\s,]+/g)) {
      const start = comment.span.start + restStart + match.index;
      ids.push({ id: match[0], span: { start, end: start + match[0].length } });
    }
    const line = source.positionAt(comment.span.start).line;
    out.push({
      kind,
      line,
      ids,
      reason: reasonText === undefined || reasonText === "" ? undefined : reasonText,
      span: comment.span,
      targetLine: kind === "disable-next-line" ? nextCodeLine(source, line) : undefined,
    });
  }
  return { directives: out, unknown };
}

/** The first line after `line` that is neither blank nor only a comment. */
function nextCodeLine(source: SourceText, line: number): number | undefined {
  for (let l = line + 1; l <= source.lineCount; l++) {
    const text = source.lineText(l).trim();
    if (text === "" || text.startsWith("#") || text.startsWith("//")) continue;
    if (text.startsWith("/*") && text.endsWith("*/")) continue;
    return l;
  }
  return undefined;
}

/**
 * The last line a `disable` covers for `ruleId`: the line before the first later `enable`
 * that names the rule (or names none), else the end of the file.
 */
export function disabledUntil(directive: Directive, ruleId: string, directives: readonly Directive[]): number {
  for (const d of directives) {
    if (d.kind !== "enable" || d.line <= directive.line) continue;
    if (d.ids.length === 0 || d.ids.some((i) => i.id === ruleId)) return d.line - 1;
  }
  return Number.MAX_SAFE_INTEGER;
}

/** Whether a directive covers a diagnostic of `ruleId` starting on `line`. */
export function covers(directive: Directive, ruleId: string, line: number, directives: readonly Directive[]): boolean {
  if (directive.kind === "enable") return false;
  if (directive.ids.length > 0 && !directive.ids.some((d) => d.id === ruleId)) return false;
  if (directive.kind === "disable-next-line") return directive.targetLine === line;
  if (directive.kind === "disable-line") return directive.line === line;
  return line >= directive.line && line <= disabledUntil(directive, ruleId, directives);
}
