import type { SourceText } from "../parse/source.js";
import type { Diagnostic, SeveritySetting, Suppression } from "../results/diagnostic.js";
import type { Span } from "../results/range.js";
import type { RuleMeta } from "../results/rule-meta.js";
import { closest } from "../util/closest.js";
import { ruleDocUrl } from "../util/project.js";
import { MISSING_REASON_META, UNKNOWN_DIRECTIVE_META, UNKNOWN_RULE_META, UNSUPPRESSIBLE, UNUSED_DISABLE_META } from "./builtin.js";
import { covers, DIRECTIVE_KINDS, disabledUntil, type Directive, type UnknownDirective } from "./directives.js";

/** What suppression needs of the run: the known rule ids, the severity of its own findings, whether reasons are required. */
export interface SuppressionSettings {
  readonly knownIds: readonly string[];
  readonly severity: (meta: RuleMeta) => SeveritySetting;
  readonly requireReason: boolean;
}

/**
 * Moves the findings that directives cover into suppressions, then reports on the directives
 * themselves: rule ids that do not exist, directives that silence nothing, missing reasons.
 */
export function suppress(
  messages: readonly Diagnostic[],
  directives: readonly Directive[],
  unknown: readonly UnknownDirective[],
  source: SourceText,
  settings: SuppressionSettings,
): { kept: Diagnostic[]; suppressions: Suppression[] } {
  const kept: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  for (const message of messages) {
    const directive = UNSUPPRESSIBLE.has(message.ruleId) ? undefined : directives.find((d) => covers(d, message.ruleId, message.line, directives));
    if (directive === undefined) {
      kept.push(message);
      continue;
    }
    used.get(directive)!.add(directive.ids.length === 0 ? "*" : message.ruleId);
    const pos = source.positionAt(directive.span.start);
    suppressions.push({
      message,
      directive: { kind: directive.kind as Suppression["directive"]["kind"], line: pos.line, column: pos.column, ...(directive.reason ? { reason: directive.reason } : {}) },
    });
  }
  const report = (meta: RuleMeta, span: Span, message: string) => {
    const setting = settings.severity(meta);
    if (setting === "off") return;
    kept.push({ ruleId: meta.id, severity: setting, message, ...source.rangeOf(span), url: ruleDocUrl(meta.id) });
  };
  for (const u of unknown) {
    const hint = closest(u.name, DIRECTIVE_KINDS as readonly string[]);
    const known = DIRECTIVE_KINDS.map((k) => `nomad-remote-lint-${k}`).join(", ");
    report(UNKNOWN_DIRECTIVE_META, u.span, `unknown directive nomad-remote-lint-${u.name}${hint ? ` (did you mean nomad-remote-lint-${hint}?)` : ""}: it silences nothing; the directives are ${known}`);
  }
  /**
   * Whether an `enable` ends a `disable` before it: of rule `id`, or with no id of any rule the
   * disable names (a disable of every rule is ended by an enable of every rule: rule "").
   */
  const reenables = (enable: Directive, id: string | undefined): boolean =>
    directives.some((d) => {
      if (d.kind !== "disable" || d.line >= enable.line) return false;
      const rules = id !== undefined ? [id] : d.ids.length > 0 ? d.ids.map((i) => i.id) : [""];
      return rules.some((rule) => (d.ids.length === 0 || d.ids.some((i) => i.id === rule)) && disabledUntil(d, rule, directives) === enable.line - 1);
    });
  for (const directive of directives) {
    const name = `nomad-remote-lint-${directive.kind}`;
    if (directive.kind === "enable") {
      for (const { id, span } of directive.ids) {
        if (!settings.knownIds.includes(id)) report(UNKNOWN_RULE_META, span, `unknown rule ${JSON.stringify(id)} in ${name}${closestHint(id, settings.knownIds)}`);
        else if (!reenables(directive, id)) report(UNUSED_DISABLE_META, span, `${name} for ${JSON.stringify(id)} re-enables nothing: no nomad-remote-lint-disable of it is open here`);
      }
      if (directive.ids.length === 0 && !reenables(directive, undefined)) report(UNUSED_DISABLE_META, directive.span, `${name} re-enables nothing: no nomad-remote-lint-disable is open here`);
      continue;
    }
    for (const { id, span } of directive.ids) {
      if (!settings.knownIds.includes(id)) {
        report(UNKNOWN_RULE_META, span, `unknown rule ${JSON.stringify(id)} in ${name}${closestHint(id, settings.knownIds)}`);
      } else if (!used.get(directive)!.has(id)) {
        report(UNUSED_DISABLE_META, span, `${name} for ${JSON.stringify(id)} silences nothing: no ${id} finding ${coverage(directive, id, directives)}`);
      }
    }
    if (directive.ids.length === 0 && used.get(directive)!.size === 0) {
      report(UNUSED_DISABLE_META, directive.span, `${name} silences nothing`);
    }
    if (settings.requireReason && directive.reason === undefined) {
      report(MISSING_REASON_META, directive.span, `${name} gives no reason: add one after " -- "`);
    }
  }
  return { kept, suppressions };
}

function closestHint(id: string, known: readonly string[]): string {
  const hint = closest(id, known);
  return hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "";
}

/** Where a directive applies, in words: for "no <rule> finding <where>". */
function coverage(directive: Directive, id: string, directives: readonly Directive[]): string {
  switch (directive.kind) {
    case "disable-line":
      return `on line ${directive.line}`;
    case "disable-next-line":
      return directive.targetLine === undefined ? "after it" : `on line ${directive.targetLine}`;
    default: {
      const until = disabledUntil(directive, id, directives);
      return until === Number.MAX_SAFE_INTEGER ? (directive.line === 1 ? "in this file" : "from here to the end of the file") : `on lines ${directive.line} to ${until}`;
    }
  }
}
