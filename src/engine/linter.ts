import type { DriverRegistry } from "../drivers/registry.js";
import { buildJobs } from "../model/job.js";
import { buildTree, type Attribute, type Block } from "../model/tree.js";
import { parseHcl } from "../parse/hcl.js";
import { HclPositionMap } from "../parse/hcl-positions.js";
import { SourceText } from "../parse/source.js";
import type { Diagnostic, LintResult, Severity, SeveritySetting } from "../types.js";
import { SYNTAX_META } from "./builtin.js";
import { createRuleContext } from "./context.js";
import type { Report, Rule } from "./rule.js";

export interface LinterOptions {
  readonly rules: readonly Rule[];
  readonly drivers: DriverRegistry;
  /** Severity per rule id, over the rules' defaults; `off` disables a rule. */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
}

/** Lints jobspec texts with a fixed set of rules and drivers. */
export class Linter {
  readonly #rules: readonly Rule[];
  readonly #drivers: DriverRegistry;
  readonly #severities: ReadonlyMap<string, SeveritySetting>;

  constructor(options: LinterOptions) {
    this.#rules = options.rules;
    this.#drivers = options.drivers;
    this.#severities = options.severities ?? new Map();
  }

  severityOf(ruleId: string, fallback: Severity): SeveritySetting {
    return this.#severities.get(ruleId) ?? fallback;
  }

  async lintText(raw: string, filePath: string): Promise<LintResult> {
    const source = new SourceText(raw);
    const parsed = await parseHcl(source);
    if (!parsed.ok) {
      const messages = parsed.errors.map(
        (e): Diagnostic => ({
          ruleId: SYNTAX_META.id,
          severity: "error",
          message: syntaxMessage(e.summary, e.detail),
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
          fatal: true,
        }),
      );
      return finish(filePath, messages, source);
    }
    const jobs = buildJobs(buildTree(parsed.json));
    const positions = new HclPositionMap(source);
    const messages: Diagnostic[] = [];
    let current: Rule | undefined;
    let severity: Severity = "error";
    const ctx = createRuleContext(jobs, this.#drivers, (report) => {
      if (current === undefined) return;
      messages.push(toDiagnostic(report, current.meta.id, severity, positions, ctx.driverOf));
    });
    for (const rule of this.#rules) {
      const setting = this.severityOf(rule.meta.id, rule.meta.severity);
      if (setting === "off") continue;
      current = rule;
      severity = setting;
      try {
        rule.check(ctx);
      } catch (error) {
        throw new Error(`rule ${rule.meta.id} failed on ${filePath}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    }
    current = undefined;
    return finish(filePath, messages, source);
  }
}

function toDiagnostic(
  report: Report,
  ruleId: string,
  severity: Severity,
  positions: HclPositionMap,
  driverOf: ReturnType<typeof createRuleContext>["driverOf"],
): Diagnostic {
  const node: Block | Attribute = report.at;
  const range = positions.rangeOf(node.path);
  const d: Diagnostic = { ruleId, severity, message: report.message, ...range };
  const task = report.task;
  const group = report.group ?? task?.group;
  const job = report.job ?? group?.job;
  if (job !== undefined) d.job = job.name;
  if (group !== undefined) d.group = group.name;
  if (task !== undefined) {
    d.task = task.name;
    const driver = driverOf(task).name;
    if (driver !== undefined) d.driver = driver;
  }
  return d;
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

function syntaxMessage(summary: string, detail: string): string {
  const head = lowerFirst(summary.replace(/\.$/, ""));
  const tail = lowerFirst(detail.replace(/\.$/, ""));
  return tail === "" ? head : `${head}: ${tail}`;
}

/** Sorts messages (line, column, rule, then the rest) and counts them by severity. */
export function finish(filePath: string, messages: Diagnostic[], source?: SourceText): LintResult {
  messages.sort(compareDiagnostics);
  const result: LintResult = { filePath, messages, errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const m of messages) {
    if (m.severity === "error") result.errorCount++;
    else if (m.severity === "warning") result.warningCount++;
    else result.infoCount++;
  }
  if (messages.length > 0 && source !== undefined) result.source = source.text;
  return result;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
