import { closeSync, existsSync, openSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UsageError } from "../util/errors.js";
import { ResultCache, defaultCacheLocation } from "../run/cache.js";
import { collectInputs, type InputFile } from "../run/discovery.js";
import { displayPath } from "../util/paths.js";
import { describeFsError, makeDirectory } from "../util/fs.js";
import { FORMAT_NAMES, formatters, type FormatName } from "../formatters/index.js";
import { jsonChunks } from "../formatters/json.js";
import { holdResult } from "../results/encoded.js";
import type { RuleMeta } from "../engine/rule.js";
import { allRuleMeta } from "../index.js";
import { fixResults } from "../fix/fix-files.js";
import { lintAll, type Job } from "../run/pool.js";
import { decodeInput, readInputBytes, type InputProblem } from "../run/read-limits.js";
import { DEFAULT_LIMITS, MAX_NESTING_CEILING } from "../engine/options.js";
import { explainRule, listRules } from "./rule-info.js";
import { RunContext, type RunOptions } from "../run/context.js";
import { laneCount } from "../run/run-size.js";
import { closest } from "../util/closest.js";
import { finish, type VarFileFinding } from "../engine/linter.js";
import { variableInputs } from "../config/var-files.js";
import { ruleDocUrl } from "../util/project.js";
import { SourceText } from "../parse/source.js";
import type { Diagnostic, LintResult, Severity } from "../results/diagnostic.js";
import { codeCacheState } from "../util/code-cache.js";
import { shouldColor } from "../util/color.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { writeChunks } from "../util/write-chunks.js";
import { VERSION } from "../util/project.js";

/** Where the CLI reads and writes; process streams in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown };
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

interface CliOptions {
  format: string[];
  outputFile: string[];
  stdinFilename?: string;
  driverSchema: string[];
  config?: string;
  configLookup: boolean;
  rule: string[];
  nomadVersion?: string;
  inlineConfig: boolean;
  reportUnusedDisableDirectives?: string;
  requireDisableReason?: boolean;
  var: string[];
  varFile: string[];
  fsFunctions: boolean;
  concurrency: string;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize: number;
  maxNesting: number;
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  maxWarnings?: number;
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType: string[];
}

/** A repeatable option's values; it has none until given, so --help shows no default for it. */
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The options that collect values, each an empty list when not given. */
const LIST_OPTIONS = ["format", "outputFile", "driverSchema", "rule", "var", "varFile", "fixType"] as const;

function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return Number(value);
}

function concurrency(value: string): string {
  if (value === "auto" || value === "off" || /^[1-9]\d*$/.test(value)) return value;
  throw new InvalidArgumentError("expected a number of threads, auto or off");
}

function nesting(value: string): number {
  const n = positiveInt(value);
  if (n > MAX_NESTING_CEILING) throw new InvalidArgumentError(`expected at most ${MAX_NESTING_CEILING}: the HCL parser cannot go deeper`);
  return n;
}

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  if (m === null) throw new InvalidArgumentError("expected a size such as 4MB, 512KB or 100000");
  const unit = (m[2] ?? "b").toLowerCase();
  return Math.round(Number(m[1]) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1));
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name("nomad-remote-lint")
    .description(
      "Lint HashiCorp Nomad jobspecs for features that remote task drivers (RemoteTasks, such as ECS) silently ignore.",
    )
    .argument("[paths...]", "jobspec files or directories (searched for *.nomad, *.nomad.hcl and *.nomad.json); - reads standard input")
    .addOption(
      new Option("-f, --format <name>", `output format: ${FORMAT_NAMES.join(", ")} (default: stylish)`)
        .argParser(collect),
    )
    .addOption(new Option("-o, --output-file <path>", "write the report to a file instead of standard output").argParser(collect))
    .option("--stdin-filename <name>", "file name to report for standard input")
    .addOption(
      new Option("--driver-schema <file>", "add a driver capability file (repeatable; replaces a shipped driver of the same name)")
        .argParser(collect),
    )
    .option("-c, --config <file>", "use this configuration file alone (no lookup of .nomad-remote-lint.json)")
    .option("--no-config-lookup", "use no configuration file")
    .addOption(new Option("--rule <id=severity>", "set a rule's severity: off, info, warning or error (repeatable; wins over config files)").argParser(collect))
    .option("--nomad-version <version>", "Nomad version of the target cluster, such as 1.8.4 (remote tasks exist from 1.1.0 to 1.9.x)")
    .addOption(new Option("--var <name=value>", "set an input variable, as nomad job run -var (repeatable; wins over var files)").argParser(collect))
    .addOption(new Option("--var-file <file>", "read input variables from an HCL or JSON file, as nomad job run -var-file (repeatable; later files win)").argParser(collect))
    .option("--no-fs-functions", "leave file(), fileset() and other filesystem functions unevaluated")
    .option("--no-inline-config", "ignore nomad-remote-lint-disable comments (for audits)")
    .addOption(
      new Option("--report-unused-disable-directives <severity>", "severity of suppression comments that silence nothing (default: warning)").choices([
        "off",
        "info",
        "warning",
        "error",
      ]),
    )
    .option("--require-disable-reason", "report suppression comments without a reason after --")
    .option("--fix", "apply the fixes of fixable findings to the files (remote-resources); see README: Autofix")
    .option("--fix-dry-run", "print the fixes as a unified diff and change nothing")
    .addOption(new Option("--fix-type <rules>", "apply only the fixes of these rules (comma-separated ids; repeatable)").argParser(collect))
    .addOption(new Option("--max-warnings <n>", "exit with status 1 when there are more warnings than this").argParser(nonNegativeInt))
    .addOption(new Option("--concurrency <n|auto|off>", "files linted at once, in worker threads (auto: one per core; few files use one)").default("auto", "auto").argParser(concurrency))
    .option("--cache", "reuse results of unchanged files (keyed by content, configuration and linter version)")
    .option("--cache-location <path>", "cache directory (default: node_modules/.cache/nomad-remote-lint, else .nomad-remote-lint-cache)")
    .addOption(new Option("--max-file-size <size>", "skip larger files with an input-limit error; bytes, or with KB or MB").default(DEFAULT_LIMITS.maxFileSize, "4MB").argParser(size))
    .addOption(new Option("--max-nesting <n>", `skip files nested deeper than this (at most ${MAX_NESTING_CEILING}) with an input-limit error`).default(DEFAULT_LIMITS.maxNesting).argParser(nesting))
    .option("--print-config <file>", "print the effective configuration for a file as JSON and exit")
    .option("--list-rules", "list every rule with its default severity and exit")
    .option("--explain <rule>", "print a rule's documentation and exit")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output (also NO_COLOR)")
    .option("--debug", "print stack traces for internal errors, and how the run went (threads, cache, code cache)")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "print this help")
    .addHelpText(
      "after",
      `
Exit status:
  0  no errors (and no more warnings than --max-warnings)
  1  at least one error, or more warnings than --max-warnings
  2  usage error, unreadable input, invalid driver or config file, or internal error

Configuration:
  .nomad-remote-lint.json files are looked up from each file's directory upward, up to one
  with "root": true or the repository root; schemas/config.schema.json describes them.
  Suppress a finding with a comment on the line above it:
    # nomad-remote-lint-disable-next-line <rule>[, <rule>...] [-- reason]
  or for the whole file:
    # nomad-remote-lint-disable <rule>[, <rule>...] [-- reason]

Examples:
  nomad-remote-lint jobs/
  nomad-remote-lint --format json -o report.json jobs/web.nomad.hcl
  cat web.nomad.hcl | nomad-remote-lint --stdin-filename web.nomad.hcl -
  nomad-remote-lint --driver-schema drivers/lambda.json jobs/
  nomad-remote-lint --nomad-version 1.8.4 --rule remote-logs=off jobs/
  nomad-remote-lint --explain remote-template
  nomad-remote-lint --var-file prod.hcl --var image=web:2 jobs/web.nomad.hcl
  nomad job run -output web.nomad.hcl > web.nomad.json && nomad-remote-lint web.nomad.json
`,
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`nomad-remote-lint: ${s.replace(/^error: /, "")}`),
    });
  return program;
}

/** Runs the CLI; resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  let options: CliOptions;
  let paths: string[];
  try {
    program.parse(argv as string[], { from: "user" });
    options = program.opts<CliOptions>();
    for (const name of LIST_OPTIONS) options[name] ??= [];
    paths = program.args;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      io.stderr.write("Run nomad-remote-lint --help for usage.\n");
      return 2;
    }
    throw error;
  }
  try {
    return await lint(paths, options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      for (const line of error.message.split("\n")) io.stderr.write(`nomad-remote-lint: ${line}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nomad-remote-lint: internal error: ${message}\n`);
    if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write("Run again with --debug for the stack trace.\n");
    return 2;
  }
}

interface Report {
  format: FormatName;
  file: string | undefined;
}

function reports(options: CliOptions): Report[] {
  const formats = options.format.length > 0 ? options.format : ["stylish"];
  for (const f of formats) {
    if (!(FORMAT_NAMES as string[]).includes(f)) {
      throw new UsageError(`unknown format "${f}": expected one of ${FORMAT_NAMES.join(", ")}`);
    }
  }
  if (options.outputFile.length > formats.length) {
    throw new UsageError("more --output-file than --format options: give a format for each output file");
  }
  return formats.map((format, i) => ({ format: format as FormatName, file: options.outputFile[i] }));
}

function ruleSettings(options: CliOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of options.rule) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new UsageError(`--rule needs <id>=<severity>, got ${JSON.stringify(entry)}`);
    out[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  if (options.reportUnusedDisableDirectives !== undefined) out["unused-disable"] = options.reportUnusedDisableDirectives;
  return out;
}

/** The run's options as plain data, shared by the main thread and the workers. */
async function runOptions(options: CliOptions, io: CliIo): Promise<RunOptions> {
  const variables = await variableInputs({
    env: io.env,
    varFiles: options.varFile.map((f) => ({ path: path.resolve(io.cwd, f), shown: f })),
    vars: options.var,
  });
  return {
    cwd: io.cwd,
    driverFiles: options.driverSchema,
    rules: ruleSettings(options),
    nomadVersion: options.nomadVersion,
    configFile: options.config,
    configLookup: options.configLookup,
    inlineConfig: options.inlineConfig,
    requireDisableReason: options.requireDisableReason === true,
    variables,
    allowFs: options.fsFunctions,
    limits: { maxFileSize: options.maxFileSize, maxNesting: options.maxNesting },
  };
}

function findMeta(id: string): RuleMeta {
  const metas = allRuleMeta();
  const meta = metas.find((m) => m.id === id);
  if (meta === undefined) {
    const hint = closest(id, metas.map((m) => m.id));
    throw new UsageError(`unknown rule ${JSON.stringify(id)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; --list-rules lists them`);
  }
  return meta;
}

async function lint(paths: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (options.listRules) {
    io.stdout.write(listRules(allRuleMeta()));
    return 0;
  }
  if (options.explain !== undefined) {
    io.stdout.write(explainRule(findMeta(options.explain)));
    return 0;
  }
  const outputs = reports(options);
  const stdinCount = paths.filter((p) => p === "-").length;
  const fixMode = fixModeOf(options, stdinCount);
  const allowFix = fixFilter(options.fixType);
  if (stdinCount > 1) throw new UsageError("- (standard input) may be given once");
  if (options.stdinFilename !== undefined && stdinCount === 0) {
    throw new UsageError("--stdin-filename needs - among the paths to read standard input");
  }
  if (options.printConfig !== undefined) {
    const resolver = new RunContext(await runOptions(options, io)).resolver;
    const defaults = new Map(allRuleMeta().filter((m) => m.id !== "syntax").map((m) => [m.id, m.severity] as const));
    const file = path.resolve(io.cwd, options.printConfig);
    io.stdout.write(JSON.stringify(resolver.describe(file, defaults), null, 2) + "\n");
    return 0;
  }
  const filePaths = paths.filter((p) => p !== "-");
  const inputs = collectInputs(filePaths.length === 0 && stdinCount === 0 ? ["."] : filePaths, io.cwd);
  const context = new RunContext(await runOptions(options, io));
  const limits = context.options.limits;
  const cache = options.cache ? ResultCache.open(path.resolve(io.cwd, options.cacheLocation ?? defaultCacheLocation(io.cwd)), (m) => io.stderr.write(`nomad-remote-lint: warning: ${m}\n`)) : undefined;

  const results: LintResult[] = [];
  // Only the stylish and SARIF reports read the linted text (code frames, line fingerprints).
  const keepSource = outputs.some((o) => o.format === "stylish" || o.format === "sarif");
  const varFindings = new Map<string, VarFileFinding>();
  const keep = (doc: { result: LintResult; varFileFindings: readonly VarFileFinding[] }) => {
    results.push(doc.result);
    for (const f of doc.varFileFindings) varFindings.set(`${f.file}\0${f.line}\0${f.column}\0${f.message}`, f);
  };
  const unwritable: string[] = [];
  const unreadable = inputs.problems.map((p) => `${displayPath(p.path, io.cwd)}: ${p.message}`);
  let stdin: { file: string; text: string } | undefined;
  if (stdinCount === 1) {
    const name = options.stdinFilename === undefined ? "<stdin>" : path.resolve(io.cwd, options.stdinFilename);
    const decoded = decodeInput(Buffer.from(await io.readStdin(), "utf8"));
    if (decoded.ok) stdin = { file: name, text: decoded.text };
    if (decoded.ok) keep(await context.lint(name, decoded.text));
    else if ("problem" in decoded) keep({ result: problemResult(name, decoded.problem), varFileFindings: [] });
  }
  const queued = inputs.files.flatMap((file) => {
    const { settings, ignored } = context.resolver.resolve(file.path);
    if (!ignored) return [{ file, settings }];
    if (file.explicit) io.stderr.write(`nomad-remote-lint: ${displayPath(file.path, io.cwd)} is ignored by an ignorePatterns entry\n`);
    return [];
  });
  type Queued = (typeof queued)[number];
  const keys = new Map<string, string>();
  const hasFindings = (result: LintResult) => result.errorCount + result.warningCount + result.infoCount > 0;
  let unread = 0;
  /** Reads a queued file: its text, or undefined when it was dealt with (unreadable, or a cache hit). */
  const load = ({ file, settings }: Queued): string | undefined => {
    // A file untouched since the cache read it needs no reading, unless the report shows its text.
    const known = cache?.unchangedDigest(file.path, file.stat);
    if (known !== undefined) {
      const hit = cache!.get(ResultCache.key(context.fingerprint(settings), file.path, known), file.path);
      if (hit !== undefined && !(keepSource && hasFindings(hit.result))) {
        keep(hit);
        unread++;
        return undefined;
      }
    }
    const read = readInputBytes(file.path, limits);
    if (!read.ok) {
      if ("error" in read) unreadable.push(`${displayPath(file.path, io.cwd)}: ${read.error}`);
      else keep({ result: problemResult(file.path, read.problem), varFileFindings: [] });
      return undefined;
    }
    let key: string | undefined;
    if (cache !== undefined) {
      const digest = ResultCache.contentDigest(read.bytes);
      cache.remember(file.path, read.stat, digest);
      key = ResultCache.key(context.fingerprint(settings), file.path, digest);
      const hit = cache.get(key, file.path);
      if (hit !== undefined) {
        const { result } = hit;
        // A cached result came from these very bytes, so they decode as they did then.
        if (keepSource && hasFindings(result)) {
          const decoded = decodeInput(read.bytes);
          if (decoded.ok) result.source = decoded.text;
        }
        keep(hit);
        return undefined;
      }
    }
    const decoded = decodeInput(read.bytes);
    if (!decoded.ok) {
      if ("problem" in decoded) keep({ result: problemResult(file.path, decoded.problem), varFileFindings: [] });
      return undefined;
    }
    if (key !== undefined) keys.set(file.path, key);
    return decoded.text;
  };
  // With a cache, the hits are taken first, so the number of threads fits the files left.
  const pending = cache === undefined ? queued : queued.filter((q) => load(q) !== undefined);
  let position = 0;
  // Files are read as the lanes take them (again, after the cache pass: texts are not held).
  const next = (): Job | undefined => {
    while (position < pending.length) {
      const q = pending[position++]!;
      const text = load(q);
      if (text !== undefined) return { file: q.file.path, text };
    }
    return undefined;
  };
  const started = Date.now();
  // When the JSON report or the cache will serialize the findings anyway, results are held as
  // that text (see HeldLintResult): a run over thousands of files keeps a string per file, not a
  // graph of objects per finding.
  const holdAsText = cache !== undefined || outputs.some((o) => o.format === "json");
  const remaining = () => pending.length - position;
  const counts = await lintAll({ next, remaining }, laneCount(options.concurrency, pending.length), context, (job, linted) => {
    const doc = holdAsText ? { ...linted, result: holdResult(linted.result) } : linted;
    if (!keepSource) delete doc.result.source;
    keep(doc);
    const key = keys.get(job.file);
    if (key !== undefined) cache!.set(key, doc);
  });
  if (options.debug) {
    const split = counts.length > 1 ? ` (${counts.join(" + ")})` : "";
    io.stderr.write(`nomad-remote-lint: debug: linted ${pending.length} of ${queued.length} files on ${counts.length} thread${counts.length === 1 ? "" : "s"}${split} in ${Date.now() - started} ms\n`);
    io.stderr.write(`nomad-remote-lint: debug: code cache of the bundle: ${codeCacheState()}\n`);
    if (cache !== undefined) io.stderr.write(`nomad-remote-lint: debug: ${unread} cached results of files untouched since they were read, without reading them\n`);
  }
  const cacheFailure = cache?.save();
  if (cacheFailure !== undefined) unwritable.push(cacheFailure);
  let diffs: string[] = [];
  if (fixMode !== undefined) {
    const fixed = await fixResults(results, { mode: fixMode, allow: allowFix, context, limits, display: (f) => displayPath(f, io.cwd), ...(stdin ? { stdin } : {}) });
    diffs = fixed.diffs;
    for (const line of fixed.refused) unwritable.push(`cannot fix ${line}`);
    if (!keepSource) for (const r of results) delete r.source;
  }
  results.push(...varFileResults([...varFindings.values()], options));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  const color = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  // --fix-dry-run: standard output is the diff; reports go only where --output-file sends them.
  if (fixMode === "dry-run") io.stdout.write(diffs.join(""));
  for (const output of outputs) {
    if (fixMode === "dry-run" && output.file === undefined) continue;
    const format = () =>
      formatters[output.format](results, {
        cwd: io.cwd,
        color: output.file === undefined ? color : false,
        rules: allRuleMeta(),
        version: VERSION,
        workspace: io.env["GITHUB_WORKSPACE"] ?? io.cwd,
      });
    if (output.file === undefined) io.stdout.write(format());
    // A JSON report file is written in pieces: cached findings go out as the bytes they were read as.
    else if (output.format === "json") writeReport(path.resolve(io.cwd, output.file), jsonChunks(results), "latin1", inputs.files);
    else writeReport(path.resolve(io.cwd, output.file), [format()], "utf8", inputs.files);
  }
  for (const line of unreadable) io.stderr.write(`nomad-remote-lint: cannot read ${line}\n`);
  for (const line of unwritable) io.stderr.write(`nomad-remote-lint: ${line}\n`);
  if (unreadable.length > 0 || unwritable.length > 0) return 2;

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`nomad-remote-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Whether and how the run fixes files: --fix writes them, --fix-dry-run shows a diff. */
function fixModeOf(options: CliOptions, stdinCount: number): "write" | "dry-run" | undefined {
  if (options.fix && options.fixDryRun) throw new UsageError("--fix and --fix-dry-run exclude each other: --fix-dry-run shows what --fix would write");
  if (options.fixType.length > 0 && !options.fix && !options.fixDryRun) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (options.fix && stdinCount > 0) throw new UsageError("--fix cannot write standard input back: use --fix-dry-run to see the fix as a diff");
  return options.fix ? "write" : options.fixDryRun ? "dry-run" : undefined;
}

/** The rules whose fixes apply: those --fix-type names (each must be a fixable rule), else all. */
function fixFilter(fixTypes: readonly string[]): (ruleId: string) => boolean {
  const ids = fixTypes.flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean);
  if (ids.length === 0) return () => true;
  const fixable = allRuleMeta().filter((m) => m.fixable).map((m) => m.id);
  for (const id of ids) {
    if (!fixable.includes(id)) {
      const hint = closest(id, fixable);
      throw new UsageError(`--fix-type ${JSON.stringify(id)} is not a rule with fixes${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; rules with fixes: ${fixable.join(", ")}`);
    }
  }
  const set = new Set(ids);
  return (ruleId) => set.has(ruleId);
}

/** Findings about --var-file files (undeclared names, values of the wrong type), as results of their own. */
function varFileResults(findings: readonly VarFileFinding[], options: CliOptions): LintResult[] {
  const byFile = new Map<string, Diagnostic[]>();
  const severity = ruleSettings(options)["variable-value"] ?? "error";
  if (severity === "off") return [];
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    const { file: _file, message, ...range } = f;
    list.push({ ruleId: "variable-value", severity: severity as Severity, message, ...range, url: ruleDocUrl("variable-value") });
    byFile.set(f.file, list);
  }
  return [...byFile].map(([file, messages]) => finish(file, messages, [], new SourceText(readFileSync(file, "utf8"))));
}

/** A file that could not be linted: its one fatal finding. */
function problemResult(file: string, problem: InputProblem): LintResult {
  const { ruleId, message, ...range } = problem;
  return finish(file, [{ ruleId, severity: "error", message, ...range, fatal: true, url: ruleDocUrl(ruleId) }], []);
}

/**
 * Writes a report all or nothing (see writeFileAtomic), never over a linted input. Text
 * known to be ASCII (the JSON report) is written as Latin-1, a plain copy of its characters.
 */
function writeReport(file: string, report: readonly (string | Uint8Array)[], encoding: "utf8" | "latin1", inputs: readonly InputFile[]): void {
  if (inputs.some((i) => i.path === file)) throw new UsageError(`refusing to write the report over the linted file ${file}`);
  try {
    makeDirectory(path.dirname(file));
    if (existsSync(file) && !statSync(file).isFile()) {
      // A device or FIFO (/dev/null, /dev/stdout, a pipe) is written to, never replaced.
      const fd = openSync(file, "w");
      try {
        writeChunks(fd, report, encoding);
      } finally {
        closeSync(fd);
      }
      return;
    }
    writeFileAtomic(file, report, encoding);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer | string) => chunks.push(typeof c === "string" ? Buffer.from(c) : c));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** Runs the CLI on the process's arguments and streams; resolves to the exit status. */
export async function main(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: the rest of the report is dropped,
  // the exit status still tells the result.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  try {
    return await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      readStdin: () => readAll(process.stdin),
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`nomad-remote-lint: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
