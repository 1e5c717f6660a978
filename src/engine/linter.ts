import path from "node:path";
import type { DriverRegistry } from "../drivers/registry.js";
import { DocumentEvaluator, NO_INPUTS, type VariableInputs } from "../eval/document.js";
import type { FsRead } from "../eval/functions.js";
import { jsonDepth } from "../parse/nesting.js";
import { DEFAULT_LIMITS, MAX_NESTING_CEILING, type InputLimits } from "./options.js";
import { firstTooDeep } from "../parse/nesting.js";
import { ruleDocUrl } from "../util/project.js";
import { buildJobs } from "../model/job.js";
import { buildTree, type Block, type Path } from "../model/tree.js";
import { apiJobTree, findApiJob } from "../parse/api-json.js";
import type { HclComment } from "../parse/hcl-structure.js";
import { validateJobspec } from "../schema/check.js";
import { parseJsonSource } from "../parse/json-source.js";
import { prepareConfigValidators } from "../drivers/task-config.js";
import { parseHcl, runHclParser, type HclParserAnswer } from "../parse/hcl.js";
import { HclPositionMap } from "../parse/hcl-positions.js";
import { SourceText, type Range, type Span } from "../parse/source.js";
import { removeItemFix } from "../edit/edits.js";
import type { Diagnostic, LintResult, Severity, SeveritySetting, Suggestion, Suppression } from "../results/diagnostic.js";
import { closest as closestId } from "../util/closest.js";
import type { Version } from "../util/nomad-version.js";
import { INPUT_LIMIT_META, JOBSPEC_SCHEMA_META, MISSING_REASON_META, SYNTAX_META, UNKNOWN_RULE_META, UNSUPPRESSIBLE, UNUSED_DISABLE_META } from "./builtin.js";
import { createRuleContext } from "./context.js";
import { covers, findDirectives, mayHaveDirectives, type Directive } from "./directives.js";
import type { Fixer, Report, Rule, RuleMeta } from "./rule.js";

/** How one file is linted: what its configuration and the command line decided. */
export interface FileSettings {
  /** Severity per rule id over the defaults; `off` disables a rule. */
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly drivers: DriverRegistry;
  /** The Nomad version of the target cluster, when known. */
  readonly nomadVersion?: Version;
  /** Honour suppression comments (false for audits). */
  readonly inlineConfig: boolean;
  /** Report directives without a reason (`missing-disable-reason`). */
  readonly requireDisableReason: boolean;
  /** Variable values from the environment, var files and the command line. */
  readonly variables: VariableInputs;
  /** Let filesystem functions read below the jobspec's directory. */
  readonly allowFs: boolean;
}

/** A finding about a var file, reported once per run however many jobspecs use the file. */
export interface VarFileFinding extends Range {
  readonly file: string;
  readonly message: string;
}

export interface LinterOptions {
  readonly rules: readonly Rule[];
  /** Metadata of the engine's own diagnostics. */
  readonly builtins: readonly RuleMeta[];
  readonly defaults: FileSettings;
  readonly limits?: InputLimits;
}

/** What linting one document yields beyond its result. */
export interface LintedDocument {
  readonly result: LintResult;
  /** The filesystem function calls made: the result depends on their outcomes too. */
  readonly fsReads: readonly FsRead[];
  /** Findings about the var files this document's variables came from. */
  readonly varFileFindings: readonly VarFileFinding[];
}

/** A text for lintDocuments, with the file it is and its settings (the linter's defaults when absent). */
export interface LintItem {
  readonly raw: string;
  readonly filePath: string;
  readonly settings?: FileSettings;
}

/** A text read and parsed ahead of its lint (see lintDocuments). */
interface ParsedAhead {
  readonly source: SourceText;
  readonly deep: number;
  readonly answer: HclParserAnswer | undefined;
}

/** Lints jobspec texts with a fixed set of rules; settings may differ per file. */
export class Linter {
  readonly #rules: readonly Rule[];
  readonly #metas: ReadonlyMap<string, RuleMeta>;
  readonly defaults: FileSettings;
  readonly limits: InputLimits;

  constructor(options: LinterOptions) {
    this.#rules = options.rules;
    this.#metas = new Map([...options.builtins, ...options.rules.map((r) => r.meta)].map((m) => [m.id, m]));
    this.defaults = options.defaults;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    if (!(this.limits.maxNesting >= 1 && this.limits.maxNesting <= MAX_NESTING_CEILING)) {
      throw new RangeError(`maxNesting must be from 1 to ${MAX_NESTING_CEILING}, got ${this.limits.maxNesting}`);
    }
  }

  readonly #varFileFindings = new Map<string, VarFileFinding>();

  /** Findings about var files collected so far in this run, by file and position. */
  get varFileFindings(): VarFileFinding[] {
    return [...this.#varFileFindings.values()];
  }

  #recordVarFileIssue(f: VarFileFinding): void {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.message}`;
    if (!this.#varFileFindings.has(key)) this.#varFileFindings.set(key, f);
  }

  /** Every id a configuration or directive may name. */
  get ruleIds(): string[] {
    return [...this.#metas.keys()];
  }

  /** Lints one text; var-file findings are kept on the linter (see varFileFindings). */
  async lintText(raw: string, filePath: string, settings: FileSettings = this.defaults): Promise<LintResult> {
    const doc = await this.lintDocument(raw, filePath, settings);
    for (const f of doc.varFileFindings) this.#recordVarFileIssue(f);
    return doc.result;
  }

  /** Lints one text and says what the result depends on, for callers that cache results. */
  async lintDocument(raw: string, filePath: string, settings: FileSettings = this.defaults): Promise<LintedDocument> {
    return this.#lintParsed(await this.#parseAhead(raw, filePath), filePath, settings);
  }

  /**
   * Lints several texts, as lintDocument each, with the parser run on all of them before the
   * rules run on the first. The parser (WebAssembly, its code and heap several megabytes) is
   * slower right after the rest of the linter has run than right after another parse: its
   * code and data have to come back into the processor's caches. Measured here over the
   * 5,000 generated jobspecs in one warmed process, against a bare parse loop: 1.35 times it
   * with the parser run file by file, 1.20 with 16 files at a time, 1.13 with 256.
   */
  async lintDocuments(items: readonly LintItem[]): Promise<LintedDocument[]> {
    const parsed: ParsedAhead[] = [];
    for (const item of items) parsed.push(await this.#parseAhead(item.raw, item.filePath));
    const docs: LintedDocument[] = [];
    for (const [i, item] of items.entries()) docs.push(await this.#lintParsed(parsed[i]!, item.filePath, item.settings ?? this.defaults));
    return docs;
  }

  /** A text's source, its first position nested too deep (-1 for none) and, for HCL within the limit, the parser's answer. */
  async #parseAhead(raw: string, filePath: string): Promise<ParsedAhead> {
    const source = new SourceText(raw);
    const deep = firstTooDeep(source.text, this.limits.maxNesting);
    // Too deep a text is never given to the parser: its recursion is what the limit guards.
    const answer = deep === -1 && !isJsonInput(filePath) ? await runHclParser(source.text) : undefined;
    return { source, deep, answer };
  }

  async #lintParsed({ source, deep, answer }: ParsedAhead, filePath: string, settings: FileSettings): Promise<LintedDocument> {
    const fsReads: FsRead[] = [];
    await prepareConfigValidators(settings.drivers);
    if (deep !== -1) return { result: finish(filePath, [fatal(source.rangeOf({ start: deep, end: deep + 1 }), this.#tooDeepMessage(), INPUT_LIMIT_META.id)], [], source), fsReads, varFileFindings: [] };
    // Every HCL text within the limit was parsed ahead; a JSON text was not.
    const doc = answer === undefined ? this.#readJson(source, filePath) : await this.#readHcl(source, answer, filePath, settings, (r) => fsReads.push(r));
    if ("fatal" in doc) return { result: finish(filePath, doc.fatal, [], source), fsReads, varFileFindings: [] };
    const result = this.#lintRead(doc, source, filePath, settings);
    return { result, fsReads, varFileFindings: doc.evaluator.varFileIssues.map((i) => ({ file: i.file, message: i.message, ...i.range })) };
  }

  #lintRead(doc: ReadDocument, source: SourceText, filePath: string, settings: FileSettings): LintResult {
    const { evaluator, positions } = doc;
    const jobs = buildJobs(evaluator.expand(doc.tree));
    const messages: Diagnostic[] = [];
    const issue = (ruleId: string, path: Path, message: string) => {
      const setting = this.#severity(this.#metas.get(ruleId)!, settings);
      if (setting !== "off") messages.push({ ruleId, severity: setting, message, ...positions.rangeOf(path), url: ruleDocUrl(ruleId) });
    };
    for (const p of doc.problems) issue(p.ruleId, p.path, p.message);
    let current: Rule | undefined;
    let severity: Severity = "error";
    const ctx = createRuleContext(
      jobs,
      settings.drivers,
      settings.nomadVersion,
      evaluator,
      (report) => {
        if (current !== undefined) messages.push(this.#toDiagnostic(report, current.meta, severity, positions.rangeOf(report.at.path), ctx.driverOf, doc.fixer));
      },
      doc.fixer,
    );
    for (const rule of this.#rules) {
      const setting = this.#severity(rule.meta, settings);
      if (setting === "off") continue;
      current = rule;
      severity = setting;
      try {
        rule.check(ctx);
      } catch (error) {
        throw new Error(`rule ${rule.meta.id} failed on ${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    current = undefined;
    for (const e of evaluator.issues) issue(e.ruleId, e.path, e.message);
    if (!settings.inlineConfig || doc.comments === undefined || !mayHaveDirectives(source.text)) return finish(filePath, messages, [], source);
    const directives = findDirectives(source, doc.comments());
    const { kept, suppressions } = this.#suppress(messages, directives, settings, source);
    return finish(filePath, kept, suppressions, source);
  }

  async #readHcl(source: SourceText, answer: HclParserAnswer, filePath: string, settings: FileSettings, onRead: (read: FsRead) => void): Promise<ReadDocument | { fatal: Diagnostic[] }> {
    const parsed = await parseHcl(source, answer);
    if (!parsed.ok) return { fatal: parsed.errors.map((e) => fatal(e, syntaxMessage(e.summary, e.detail) + hcl1Hint(source, e))) };
    const tooDeep = this.#nesting(parsed.json);
    if (tooDeep !== undefined) return { fatal: [tooDeep] };
    const tree = buildTree(parsed.json);
    const baseDir = path.isAbsolute(filePath) ? path.dirname(filePath) : undefined;
    const positions = new HclPositionMap(source);
    const schema = this.#severity(JOBSPEC_SCHEMA_META, settings) === "off" ? [] : validateJobspec(parsed.json, settings.nomadVersion);
    return {
      tree,
      evaluator: new DocumentEvaluator(tree, settings.variables, { baseDir, allowFs: settings.allowFs, onRead }, path.basename(filePath)),
      positions,
      problems: schema.map((f) => ({ ruleId: JOBSPEC_SCHEMA_META.id, path: f.path, message: f.message })),
      comments: () => positions.structure.comments,
      fixer: {
        text: source.text,
        syntaxOf: (node) => {
          if (node.path.includes("dynamic")) return undefined;
          const found = positions.locate(node.path);
          return found.exact ? found.item : undefined;
        },
      },
    };
  }

  #readJson(source: SourceText, filePath: string): ReadDocument | { fatal: Diagnostic[] } {
    const parsed = parseJsonSource(source.text);
    if (!parsed.ok) return { fatal: parsed.errors.map((e) => fatal(e, e.message)) };
    const tooDeep = this.#nesting(parsed.doc.value);
    if (tooDeep !== undefined) return { fatal: [tooDeep] };
    const found = findApiJob(parsed.doc.value);
    if ("problem" in found) return { fatal: [fatal({ line: 1, column: 1, endLine: 1, endColumn: 2 }, found.problem, JOBSPEC_SCHEMA_META.id)] };
    const tree = apiJobTree(found.job, found.path);
    const doc = parsed.doc;
    return {
      tree,
      evaluator: new DocumentEvaluator(tree, NO_INPUTS, { baseDir: undefined, allowFs: false }, path.basename(filePath), true),
      // A block in a list is reported at its opening brace, anything else at its key.
      positions: {
        rangeOf: (p) => {
          if (typeof p[p.length - 1] !== "number") return doc.rangeOf(p, true);
          const r = doc.rangeOf(p);
          return { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
        },
      },
      problems: [],
      comments: undefined,
      fixer: undefined,
    };
  }

  /** A finding when the document nests deeper than the limit (it would cost unbounded work). */
  #nesting(json: unknown): Diagnostic | undefined {
    const depth = jsonDepth(json, this.limits.maxNesting);
    if (depth <= this.limits.maxNesting) return undefined;
    return fatal({ line: 1, column: 1, endLine: 1, endColumn: 1 }, this.#tooDeepMessage(), INPUT_LIMIT_META.id);
  }

  #tooDeepMessage(): string {
    return `blocks and values are nested more than ${this.limits.maxNesting} levels deep (--max-nesting): not linted`;
  }

  #severity(meta: RuleMeta, settings: FileSettings): SeveritySetting {
    return settings.severities.get(meta.id) ?? meta.severity;
  }

  #toDiagnostic(
    report: Report,
    meta: RuleMeta,
    severity: Severity,
    range: ReturnType<HclPositionMap["rangeOf"]>,
    driverOf: ReturnType<typeof createRuleContext>["driverOf"],
    fixer: Fixer | undefined,
  ): Diagnostic {
    const ruleId = meta.id;
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
    d.url = ruleDocUrl(ruleId);
    if (report.fix !== undefined) d.fix = report.fix;
    const suggestions = report.suggestions ?? (meta.feature !== undefined && fixer !== undefined ? removalSuggestions(report, fixer) : []);
    if (suggestions.length > 0) d.suggestions = [...suggestions];
    return d;
  }

  /** Moves findings covered by directives into suppressions, then reports on the directives. */
  #suppress(messages: Diagnostic[], directives: readonly Directive[], settings: FileSettings, source: SourceText) {
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
      const setting = this.#severity(meta, settings);
      if (setting === "off") return;
      kept.push({ ruleId: meta.id, severity: setting, message, ...source.rangeOf(span), url: ruleDocUrl(meta.id) });
    };
    for (const directive of directives) {
      const name = `nomad-remote-lint-${directive.kind}`;
      for (const { id, span } of directive.ids) {
        if (!this.#metas.has(id)) {
          const hint = closestId(id, [...this.#metas.keys()]);
          report(UNKNOWN_RULE_META, span, `unknown rule ${JSON.stringify(id)} in ${name}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`);
        } else if (!used.get(directive)!.has(id)) {
          const where = directive.kind === "disable" ? "in this file" : directive.targetLine === undefined ? "after it" : `on line ${directive.targetLine}`;
          report(UNUSED_DISABLE_META, span, `${name} for ${JSON.stringify(id)} silences nothing: no ${id} finding ${where}`);
        }
      }
      if (directive.ids.length === 0 && used.get(directive)!.size === 0) {
        report(UNUSED_DISABLE_META, directive.span, `${name} silences nothing`);
      }
      if (settings.requireDisableReason && directive.reason === undefined) {
        report(MISSING_REASON_META, directive.span, `${name} gives no reason: add one after " -- "`);
      }
    }
    return { kept, suppressions };
  }
}

/** What the rules run on, whatever the input format. */
interface ReadDocument {
  readonly tree: Block;
  readonly evaluator: DocumentEvaluator;
  readonly positions: { rangeOf(path: Path): Range };
  /** Findings of the reading stage itself (schema validation). */
  readonly problems: readonly { ruleId: string; path: Path; message: string }[];
  /** The file's comments, for suppression directives; undefined where comments do not exist. */
  readonly comments: (() => readonly HclComment[]) | undefined;
  /** What fixes are computed from; undefined where the linter makes none (API JSON). */
  readonly fixer: Fixer | undefined;
}

/** API JSON jobspecs are recognised by name: `*.json` (directory search takes `*.nomad.json`). */
export function isJsonInput(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(".json");
}

function fatal(range: Range, message: string, ruleId = SYNTAX_META.id): Diagnostic {
  return { ruleId, severity: "error", message, ...range, fatal: true, url: ruleDocUrl(ruleId) };
}

/**
 * HCL1 constructs that HCL2 rejects (Nomad 1.0 switched; 1.9 removed HCL1): say so and how
 * to rewrite them, after the parser's own message.
 */
export function hcl1Hint(source: SourceText, e: { line: number; column: number; summary: string; detail: string }): string {
  const line = source.lineText(e.line);
  const at = line.slice(e.column - 1);
  if (e.summary === "Invalid argument name" && /must not be quoted/.test(e.detail)) {
    return ' (HCL1 syntax: HCL2 takes no quoted keys inside a block; write a map attribute instead, such as labels = { "com.example.x" = "y" })';
  }
  if (/^\.\d/.test(at) && !/\d$/.test(line.slice(0, e.column - 1))) {
    return ` (HCL1 syntax: HCL2 numbers need a leading zero, write 0${/^\.\d+/.exec(at)![0]})`;
  }
  if (e.summary === "Missing key/value separator" && /^\s*\{/.test(at)) {
    return " (HCL1 syntax: a block inside an attribute value; in HCL2 write it as an attribute, name = { ... })";
  }
  return "";
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * For a finding on something that does nothing for a remote task: removing it, offered as a
 * suggestion (--fix never deletes what the user wrote).
 */
function removalSuggestions(report: Report, fixer: Fixer): Suggestion[] {
  if (!("type" in report.at) && !("name" in report.at)) return [];
  const item = fixer.syntaxOf(report.at);
  if (item === undefined) return [];
  const fix = removeItemFix(fixer.text, item);
  if (fix === undefined) return [];
  const what = item.kind === "block" ? `the ${[item.type, ...item.labels.map((l) => JSON.stringify(l))].join(" ")} block` : `the ${item.name} attribute`;
  return [{ desc: `Remove ${what}`, fix }];
}

function syntaxMessage(summary: string, detail: string): string {
  const head = lowerFirst(summary.replace(/\.$/, ""));
  const tail = lowerFirst(detail.replace(/\.$/, ""));
  return tail === "" ? head : `${head}: ${tail}`;
}

/** Sorts messages (line, column, rule, then the rest), drops duplicates and counts them by severity. */
export function finish(filePath: string, all: Diagnostic[], suppressions: Suppression[], source?: SourceText): LintResult {
  all.sort(compareDiagnostics);
  // Blocks generated by one `dynamic` content share its source range: one finding each.
  const messages = all.filter((m, i) => i === 0 || compareDiagnostics(m, all[i - 1]!) !== 0);
  const result = tally(filePath, messages, suppressions);
  if (messages.length > 0 && source !== undefined) result.source = source.text;
  return result;
}

/** A result with its counts: findings by severity, and those with a fix. */
export function tally(filePath: string, messages: Diagnostic[], suppressions: Suppression[]): LintResult {
  const result: LintResult = { filePath, messages, suppressions, errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.severity === "error") {
      result.errorCount++;
      if (m.fix !== undefined) result.fixableErrorCount++;
    } else if (m.severity === "warning") {
      result.warningCount++;
      if (m.fix !== undefined) result.fixableWarningCount++;
    } else result.infoCount++;
  }
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
