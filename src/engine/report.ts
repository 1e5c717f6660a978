import type { Path } from "../model/tree.js";
import type { ReadDocument } from "../parse/document.js";
import type { Diagnostic, Fix, Severity, Suggestion } from "../results/diagnostic.js";
import type { RuleMeta } from "../results/rule-meta.js";
import type { Range } from "../results/range.js";
import { ruleDocUrl } from "../util/project.js";
import { describeItem } from "./describe.js";
import { createEditor } from "./editor.js";
import type { EditFn, Editor, Report, TaskDriver } from "./rule.js";
import type { TaskModel } from "../model/job.js";
import type { LintOptions } from "./options.js";

/**
 * Report translation: a rule's report becomes a diagnostic with its source range, the job,
 * group, task and driver it concerns, its documentation, and, when the run asks for edits,
 * its fix and suggestions. Without edits, a finding with a fix is only marked fixable.
 */
export class ReportTranslator {
  readonly #doc: ReadDocument;
  readonly #driverOf: (task: TaskModel) => TaskDriver;
  /** Edits are computed from this; undefined when the run asks for none or the format has none (API JSON). */
  readonly #editor: Editor | undefined;
  /** Edits already computed: several findings may share one (a block brought to the minimum). */
  readonly #computed = new Map<EditFn, Fix | undefined>();

  constructor(doc: ReadDocument, text: string, options: LintOptions, driverOf: (task: TaskModel) => TaskDriver) {
    this.#doc = doc;
    this.#driverOf = driverOf;
    this.#editor = options.fixes && doc.syntaxOf !== undefined ? createEditor(text, doc.syntaxOf) : undefined;
  }

  /** A finding of the engine's own at a path (schema, evaluation). */
  issue(ruleId: string, severity: Severity, path: Path, message: string): Diagnostic {
    return { ruleId, severity, message, ...this.#doc.rangeOf(path), url: ruleDocUrl(ruleId) };
  }

  /** A finding of the engine's own at a range of the source. */
  issueAt(ruleId: string, severity: Severity, range: Range, message: string): Diagnostic {
    return { ruleId, severity, message, ...range, url: ruleDocUrl(ruleId) };
  }

  diagnostic(report: Report, meta: RuleMeta, severity: Severity): Diagnostic {
    const d: Diagnostic = { ruleId: meta.id, severity, message: report.message, ...this.#doc.rangeOf(report.at.path) };
    const task = report.task;
    const group = report.group ?? task?.group;
    const job = report.job ?? group?.job;
    if (job !== undefined) d.job = job.name;
    if (group !== undefined) d.group = group.name;
    if (task !== undefined) {
      d.task = task.name;
      const driver = this.#driverOf(task).name;
      if (driver !== undefined) d.driver = driver;
    }
    d.url = ruleDocUrl(meta.id);
    const editor = this.#editor;
    if (report.fix !== undefined) {
      if (typeof report.fix !== "function") d.fix = report.fix;
      else if (editor === undefined) d.fixable = true;
      else {
        const fix = this.#compute(report.fix, editor);
        if (fix !== undefined) d.fix = fix;
      }
    }
    if (editor !== undefined || report.suggestions?.some((s) => typeof s.fix !== "function")) {
      const suggestions = report.suggestions !== undefined ? edits(report.suggestions, editor) : meta.feature !== undefined && editor !== undefined ? this.#removal(report, editor) : [];
      if (suggestions.length > 0) d.suggestions = suggestions;
    }
    return d;
  }

  #compute(edit: EditFn, editor: Editor): Fix | undefined {
    if (!this.#computed.has(edit)) this.#computed.set(edit, edit(editor));
    return this.#computed.get(edit);
  }

  /**
   * For a finding on something that does nothing for a remote task: removing it, offered as a
   * suggestion (--fix never deletes what the user wrote).
   */
  #removal(report: Report, editor: Editor): Suggestion[] {
    if (!("type" in report.at) && !("name" in report.at)) return [];
    const item = this.#doc.syntaxOf?.(report.at.path);
    if (item === undefined) return [];
    const fix = editor.remove(report.at);
    return fix === undefined ? [] : [{ desc: `Remove ${describeItem(item)}`, fix }];
  }
}

function edits(suggested: readonly { readonly desc: string; readonly fix: EditFn | Fix }[], editor: Editor | undefined): Suggestion[] {
  const out: Suggestion[] = [];
  for (const s of suggested) {
    const fix = typeof s.fix !== "function" ? s.fix : editor === undefined ? undefined : s.fix(editor);
    if (fix !== undefined) out.push({ desc: s.desc, fix });
  }
  return out;
}
