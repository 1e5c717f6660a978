import path from "node:path";
import { prepareConfigValidators } from "../drivers/task-config.js";
import { DocumentEvaluator, NO_INPUTS } from "../eval/document.js";
import type { FsRead } from "../eval/functions.js";
import { buildJobs } from "../model/job.js";
import type { FatalFinding, InputReader } from "../parse/document.js";
import { tooDeep } from "../parse/document.js";
import { firstTooDeep } from "../parse/nesting.js";
import { readerFor } from "../parse/readers.js";
import { SourceText } from "../parse/source.js";
import type { Diagnostic, LintResult, Severity, SeveritySetting } from "../results/diagnostic.js";
import { fatalFinding, finish } from "../results/finish.js";
import type { Range } from "../results/range.js";
import type { RuleMeta } from "../results/rule-meta.js";
import { validateJobspec } from "../schema/check.js";
import { INTERNAL_ERROR_META, JOBSPEC_SCHEMA_META } from "./builtin.js";
import { FileContext } from "./context.js";
import { findDirectives, mayHaveDirectives } from "./directives.js";
import { MAX_NESTING_CEILING, type FileSettings, type InputLimits } from "./options.js";
import { ReportTranslator } from "./report.js";
import type { Rule } from "./rule.js";
import { suppress } from "./suppress.js";

export interface LinterOptions {
  readonly rules: readonly Rule[];
  /** Metadata of the engine's own diagnostics. */
  readonly builtins: readonly RuleMeta[];
  readonly limits: InputLimits;
}

/** A finding about a var file, reported once per run however many jobspecs use the file. */
export interface VarFileFinding extends Range {
  readonly ruleId: "variable-value" | "variable-undeclared" | "syntax" | "input-limit";
  readonly file: string;
  readonly message: string;
}

/** What linting one document yields beyond its result. */
export interface LintedDocument {
  readonly result: LintResult;
  /** The filesystem function calls made: the result depends on their outcomes too. */
  readonly fsReads: readonly FsRead[];
  /** Findings about the var files this document's variables came from. */
  readonly varFileFindings: readonly VarFileFinding[];
  /** The variables the document declares: a value given for one no document declares is reported once per run. */
  readonly declaredVariables: readonly string[];
  /** The linter's own failure on the file, when it failed (the result then holds an internal-error finding). */
  readonly internalError?: string;
}

/** A text for lintDocuments, with the file it is and its settings. */
export interface LintItem {
  readonly raw: string;
  readonly filePath: string;
  readonly settings: FileSettings;
}

/** A text read and parsed ahead of its lint (see lintDocuments). */
interface ParsedAhead {
  readonly source: SourceText;
  readonly reader: InputReader;
  /** Offset of the first character nested past the limit, or -1. */
  readonly deep: number;
  readonly answer: unknown;
}

/**
 * Lints jobspec texts with a fixed set of rules; settings may differ per file. The loop
 * only loops: reading is the input readers' (parse/), report translation, suppression and
 * finishing have modules of their own.
 */
export class Linter {
  readonly #rules: readonly Rule[];
  readonly #metas: ReadonlyMap<string, RuleMeta>;
  readonly limits: InputLimits;

  constructor(options: LinterOptions) {
    this.#rules = options.rules;
    this.#metas = new Map([...options.builtins, ...options.rules.map((r) => r.meta)].map((m) => [m.id, m]));
    this.limits = options.limits;
    if (!(this.limits.maxNesting >= 1 && this.limits.maxNesting <= MAX_NESTING_CEILING)) {
      throw new RangeError(`maxNesting must be from 1 to ${MAX_NESTING_CEILING}, got ${this.limits.maxNesting}`);
    }
  }

  /** Every id a configuration or directive may name. */
  get ruleIds(): string[] {
    return [...this.#metas.keys()];
  }

  /** Lints one text and says what the result depends on, for callers that cache results. */
  async lintDocument(raw: string, filePath: string, settings: FileSettings): Promise<LintedDocument> {
    return (await this.lintDocuments([{ raw, filePath, settings }]))[0]!;
  }

  /**
   * Lints several texts, as lintDocument each, with the parser run on all of them before the
   * rules run on the first. The parser (WebAssembly, its code and heap several megabytes) is
   * slower right after the rest of the linter has run than right after another parse: its
   * code and data have to come back into the processor's caches (`npm run bench` shows the
   * gain against a bare parse loop).
   */
  async lintDocuments(items: readonly LintItem[]): Promise<LintedDocument[]> {
    const parsed: (ParsedAhead | Error)[] = [];
    for (const item of items) parsed.push(await this.#parseAhead(item.raw, item.filePath).catch(failure));
    const docs: LintedDocument[] = [];
    for (const [i, item] of items.entries()) {
      const ahead = parsed[i]!;
      const doc = ahead instanceof Error ? ahead : await this.#lintParsed(ahead, item.filePath, item.settings).catch(failure);
      docs.push(doc instanceof Error ? internalError(item.filePath, doc) : doc);
    }
    return docs;
  }

  async #parseAhead(raw: string, filePath: string): Promise<ParsedAhead> {
    const source = new SourceText(raw);
    const reader = readerFor(filePath, source.text);
    const deep = firstTooDeep(source.text, this.limits.maxNesting);
    // Too deep a text is never given to the parser: its recursion is what the limit guards.
    const context = { filePath, maxNesting: this.limits.maxNesting, maxParseTime: this.limits.maxParseTime };
    const answer = deep === -1 && reader.parse !== undefined ? await reader.parse(source.text, filePath, context) : undefined;
    return { source, reader, deep, answer };
  }

  async #lintParsed({ source, reader, deep, answer }: ParsedAhead, filePath: string, settings: FileSettings): Promise<LintedDocument> {
    const fsReads: FsRead[] = [];
    const severity = (meta: RuleMeta): SeveritySetting => settings.severities.get(meta.id) ?? meta.severity;
    // A finding that ends the file's lint, at the severity its rule has (a template's is a note).
    const fatal = (findings: readonly FatalFinding[]): LintedDocument => {
      const shown: Diagnostic[] = [];
      for (const f of findings) {
        const setting = severity(this.#metas.get(f.ruleId)!);
        if (setting !== "off") shown.push({ ...fatalFinding(f, f.message, f.ruleId), severity: setting });
      }
      return { result: finish(filePath, shown, [], source), fsReads, varFileFindings: [], declaredVariables: [] };
    };
    await prepareConfigValidators(settings.drivers);
    if (deep !== -1) return fatal([tooDeep(source.rangeOf({ start: deep, end: deep + 1 }), this.limits.maxNesting)]);
    const read = await reader.read(source, answer, { filePath, maxNesting: this.limits.maxNesting, maxParseTime: this.limits.maxParseTime });
    if (!read.ok) return fatal(read.fatal);
    const doc = read.doc;
    const options = settings.options;
    const evaluator = new DocumentEvaluator(
      doc.tree,
      doc.literal ? NO_INPUTS : settings.variables,
      {
        baseDir: path.isAbsolute(filePath) && !doc.literal ? path.dirname(filePath) : undefined,
        allowFs: options.allowFs && !doc.literal,
        onRead: (r) => fsReads.push(r),
        target: settings.nomadVersion,
      },
      path.basename(filePath),
      doc.literal,
      (p) => {
        const item = doc.syntaxOf?.(p);
        return item?.kind === "attribute" ? source.text.slice(item.exprSpan.start, item.exprSpan.end) : undefined;
      },
    );
    const expanded = evaluator.expand(doc.tree);
    evaluator.evaluateAll(expanded);
    const jobs = buildJobs(expanded);
    const messages: Diagnostic[] = [];
    let current: { rule: Rule; severity: Severity } | undefined;
    const context = new FileContext(jobs, settings.drivers, settings.nomadVersion, evaluator, doc.jsonSyntax, (report) => {
      if (current !== undefined) messages.push(translator.diagnostic(report, current.rule.meta, current.severity));
    });
    const translator = new ReportTranslator(doc, source.text, options, (task) => context.driverOf(task));
    const issue = (ruleId: string, p: Parameters<ReportTranslator["issue"]>[2], message: string) => {
      const setting = severity(this.#metas.get(ruleId)!);
      if (setting !== "off") messages.push(translator.issue(ruleId, setting, p, message));
    };
    for (const n of doc.notices) {
      const setting = severity(this.#metas.get(n.ruleId)!);
      if (setting !== "off") messages.push(translator.issueAt(n.ruleId, setting, n, n.message));
    }
    const schemaSeverity = severity(JOBSPEC_SCHEMA_META);
    if (doc.schemaInput !== undefined && schemaSeverity !== "off") {
      const findings = validateJobspec(doc.schemaInput, settings.nomadVersion, doc.bothForms);
      // A task or group fragment's own finding says it belongs in a job: "no job block" would say it again.
      const fragment = findings.some((f) => f.path.length > 0 && (f.path[0] === "task" || f.path[0] === "group"));
      for (const f of findings) {
        if (fragment && f.path.length === 0) continue;
        const id = JOBSPEC_SCHEMA_META.id;
        messages.push(f.range !== undefined ? translator.issueAt(id, schemaSeverity, f.range, f.message) : translator.issue(id, schemaSeverity, f.at ?? f.path, f.message));
      }
    }
    for (const rule of this.#rules) {
      const setting = severity(rule.meta);
      if (setting === "off") continue;
      current = { rule, severity: setting };
      context.useRule(rule.meta);
      try {
        rule.check(context);
      } catch (error) {
        throw new Error(`rule ${rule.meta.id} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    current = undefined;
    for (const e of evaluator.issues) issue(e.ruleId, e.path, e.message);
    const varFileFindings = evaluator.varFileIssues.map((i) => ({ ruleId: i.ruleId, file: i.file, message: i.message, ...i.range }));
    const declaredVariables = evaluator.declaredVariables;
    if (!options.inlineConfig || doc.comments === undefined || !mayHaveDirectives(source.text)) {
      return { result: finish(filePath, messages, [], source), fsReads, varFileFindings, declaredVariables };
    }
    const { directives, unknown } = findDirectives(source, doc.comments());
    const { kept, suppressions } = suppress(messages, directives, unknown, source, { knownIds: this.ruleIds, severity, requireReason: options.requireDisableReason });
    return { result: finish(filePath, kept, suppressions, source), fsReads, varFileFindings, declaredVariables };
  }
}

/** Anything thrown while one file is linted, as an Error. */
function failure(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A file the linter itself failed on (a fault of the linter, not of the file): one finding in
 * that file, and the run goes on; the run ends with status 2 (see run/lint-run.ts).
 */
function internalError(filePath: string, error: Error): LintedDocument {
  const what = error instanceof RangeError && /call stack/.test(error.message) ? "it ran out of stack (the file nests too deep for it)" : error.message;
  const message = `the linter failed on this file: ${what}; nothing in it was checked (please report this, with the file if you can)`;
  const finding = fatalFinding({ line: 1, column: 1, endLine: 1, endColumn: 1 }, message, INTERNAL_ERROR_META.id);
  return { result: finish(filePath, [finding], []), fsReads: [], varFileFindings: [], declaredVariables: [], internalError: what };
}
