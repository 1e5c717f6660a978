import type { HclComment } from "../parse/hcl-structure.js";
import type { SourceText, Span } from "../parse/source.js";

export type DirectiveKind = "disable" | "disable-next-line";

/** One rule id named in a directive, with where it is written. */
export interface DirectiveId {
  readonly id: string;
  readonly span: Span;
}

/**
 * `# nomad-remote-lint-disable <ids> [-- reason]` (the whole file) or
 * `# nomad-remote-lint-disable-next-line <ids> [-- reason]` (the next line that is not
 * blank or a comment). `//` comments work the same. No ids means every rule.
 */
export interface Directive {
  readonly kind: DirectiveKind;
  readonly ids: readonly DirectiveId[];
  readonly reason: string | undefined;
  /** The comment holding the directive. */
  readonly span: Span;
  /** For `disable-next-line`: the 1-based line it applies to (undefined at the end of the file). */
  readonly targetLine: number | undefined;
}

/** Cheap test for whether a text can hold directives at all. */
export function mayHaveDirectives(text: string): boolean {
  return text.includes("nomad-remote-lint-disable");
}

const DIRECTIVE = /^(#|\/\/)\s*nomad-remote-lint-(disable-next-line|disable)(?=\s|$)/;

/** The directives among a file's comments. */
export function findDirectives(source: SourceText, comments: readonly HclComment[]): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (m === null) continue;
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
      ids,
      reason: reasonText === undefined || reasonText === "" ? undefined : reasonText,
      span: comment.span,
      targetLine: kind === "disable-next-line" ? nextCodeLine(source, line) : undefined,
    });
  }
  return out;
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

/** Whether a directive covers a diagnostic of `ruleId` starting on `line`. */
export function covers(directive: Directive, ruleId: string, line: number): boolean {
  if (directive.kind === "disable-next-line" && directive.targetLine !== line) return false;
  return directive.ids.length === 0 || directive.ids.some((d) => d.id === ruleId);
}
