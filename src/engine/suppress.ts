import type { SourceText } from "../parse/source.js";
import type { Diagnostic, SeveritySetting, Suppression } from "../results/diagnostic.js";
import type { Span } from "../results/range.js";
import type { RuleMeta } from "../results/rule-meta.js";
import { closest } from "../util/closest.js";
import { ruleDocUrl } from "../util/project.js";
import { MISSING_REASON_META, UNKNOWN_RULE_META, UNSUPPRESSIBLE, UNUSED_DISABLE_META } from "./builtin.js";
import { covers, type Directive } from "./directives.js";

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
export function suppress(messages: readonly Diagnostic[], directives: readonly Directive[], source: SourceText, settings: SuppressionSettings): { kept: Diagnostic[]; suppressions: Suppression[] } {
  const kept: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  const used = new Map<Directive, Set<string>>(directives.map((d) => [d, new Set()]));
  for (const message of messages) {
    const directive = UNSUPPRESSIBLE.has(message.ruleId) ? undefined : directives.find((d) => covers(d, message.ruleId, message.line));
    if (directive === undefined) {
      kept.push(message);
      continue;
    }
    used.get(directive)!.add(directive.ids.length === 0 ? "*" : message.ruleId);
    const pos = source.positionAt(directive.span.start);
    suppressions.push({
      message,
      directive: { kind: directive.kind, line: pos.line, column: pos.column, ...(directive.reason ? { reason: directive.reason } : {}) },
    });
  }
  const report = (meta: RuleMeta, span: Span, message: string) => {
    const setting = settings.severity(meta);
    if (setting === "off") return;
    kept.push({ ruleId: meta.id, severity: setting, message, ...source.rangeOf(span), url: ruleDocUrl(meta.id) });
  };
  for (const directive of directives) {
    const name = `nomad-remote-lint-${directive.kind}`;
    for (const { id, span } of directive.ids) {
      if (!settings.knownIds.includes(id)) {
        const hint = closest(id, settings.knownIds);
        report(UNKNOWN_RULE_META, span, `unknown rule ${JSON.stringify(id)} in ${name}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`);
      } else if (!used.get(directive)!.has(id)) {
        const where = directive.kind === "disable" ? "in this file" : directive.targetLine === undefined ? "after it" : `on line ${directive.targetLine}`;
        report(UNUSED_DISABLE_META, span, `${name} for ${JSON.stringify(id)} silences nothing: no ${id} finding ${where}`);
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
