import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UsageError } from "./errors.js";
import { collectInputs, describeFsError, displayPath, type InputFile } from "./files.js";
import { FORMAT_NAMES, formatters, type FormatName } from "./formatters/index.js";
import type { Linter } from "./engine/linter.js";
import type { RuleMeta } from "./engine/rule.js";
import { allRuleMeta, createLinter, createResolver } from "./index.js";
import { explainRule, listRules } from "./rule-info.js";
import { closest } from "./util/closest.js";
import { loadHclParser } from "./parse/hcl.js";
import { finish } from "./engine/linter.js";
import { variableInputs } from "./eval/var-files.js";
import { ruleDocUrl } from "./meta.js";
import { SourceText } from "./parse/source.js";
import type { Diagnostic, LintResult, Severity } from "./types.js";
import { shouldColor } from "./util/color.js";
import { VERSION } from "./version.js";

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
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  maxWarnings?: number;
  color?: boolean;
  debug?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

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
    .argument("[paths...]", "jobspec files or directories (searched for *.nomad, *.nomad.hcl and *.nomad.json); - reads standard input", [])
    .addOption(
      new Option("-f, --format <name>", `output format: ${FORMAT_NAMES.join(", ")} (default: stylish)`)
        .argParser(collect)
        .default([]),
    )
    .addOption(new Option("-o, --output-file <path>", "write the report to a file instead of standard output").argParser(collect).default([]))
    .option("--stdin-filename <name>", "file name to report for standard input")
    .addOption(
      new Option("--driver-schema <file>", "add a driver capability file (repeatable; replaces a shipped driver of the same name)")
        .argParser(collect)
        .default([]),
    )
    .option("-c, --config <file>", "use this configuration file alone (no lookup of .nomad-remote-lint.json)")
    .option("--no-config-lookup", "use no configuration file")
    .addOption(new Option("--rule <id=severity>", "set a rule's severity: off, info, warning or error (repeatable; wins over config files)").argParser(collect).default([]))
    .option("--nomad-version <version>", "Nomad version of the target cluster, such as 1.8.4 (remote tasks exist from 1.1.0 to 1.9.x)")
    .addOption(new Option("--var <name=value>", "set an input variable, as nomad job run -var (repeatable; wins over var files)").argParser(collect).default([]))
    .addOption(new Option("--var-file <file>", "read input variables from an HCL or JSON file, as nomad job run -var-file (repeatable; later files win)").argParser(collect).default([]))
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
    .addOption(new Option("--max-warnings <n>", "exit with status 1 when there are more warnings than this").argParser(nonNegativeInt))
    .option("--print-config <file>", "print the effective configuration for a file as JSON and exit")
    .option("--list-rules", "list every rule with its default severity and exit")
    .option("--explain <rule>", "print a rule's documentation and exit")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output (also NO_COLOR)")
    .option("--debug", "print stack traces for internal errors")
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

async function resolverFor(linter: Linter, options: CliOptions, io: CliIo) {
  const variables = await variableInputs({
    env: io.env,
    varFiles: options.varFile.map((f) => ({ path: path.resolve(io.cwd, f), shown: f })),
    vars: options.var,
  });
  return createResolver(linter, {
    variables,
    allowFs: options.fsFunctions,
    cwd: io.cwd,
    driverFiles: options.driverSchema,
    rules: ruleSettings(options),
    ...(options.nomadVersion !== undefined ? { nomadVersion: options.nomadVersion } : {}),
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    configLookup: options.configLookup,
    inlineConfig: options.inlineConfig,
    requireDisableReason: options.requireDisableReason === true,
  });
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
  if (stdinCount > 1) throw new UsageError("- (standard input) may be given once");
  if (options.stdinFilename !== undefined && stdinCount === 0) {
    throw new UsageError("--stdin-filename needs - among the paths to read standard input");
  }
  if (options.printConfig !== undefined) {
    const resolver = await resolverFor(createLinter(), options, io);
    const defaults = new Map(allRuleMeta().filter((m) => m.id !== "syntax").map((m) => [m.id, m.severity] as const));
    const file = path.resolve(io.cwd, options.printConfig);
    io.stdout.write(JSON.stringify(resolver.describe(file, defaults), null, 2) + "\n");
    return 0;
  }
  const filePaths = paths.filter((p) => p !== "-");
  const inputs = collectInputs(filePaths.length === 0 && stdinCount === 0 ? ["."] : filePaths, io.cwd);
  // The parser's WebAssembly compiles in the background while drivers and schemas load.
  if (inputs.files.length > 0 || stdinCount > 0) void loadHclParser();
  const linter = createLinter();
  const resolver = await resolverFor(linter, options, io);

  const results: LintResult[] = [];
  const unreadable = inputs.problems.map((p) => `${displayPath(p.path, io.cwd)}: ${p.message}`);
  if (stdinCount === 1) {
    const name = options.stdinFilename === undefined ? "<stdin>" : path.resolve(io.cwd, options.stdinFilename);
    const { settings } = resolver.resolve(options.stdinFilename === undefined ? path.join(io.cwd, "<stdin>") : name);
    results.push(await linter.lintText(await io.readStdin(), name, settings));
  }
  for (const file of inputs.files) {
    const { settings, ignored } = resolver.resolve(file.path);
    if (ignored) {
      if (file.explicit) io.stderr.write(`nomad-remote-lint: ${displayPath(file.path, io.cwd)} is ignored by an ignorePatterns entry\n`);
      continue;
    }
    const text = readInput(file, io, unreadable);
    if (text !== undefined) results.push(await linter.lintText(text, file.path, settings));
  }
  results.push(...varFileResults(linter, options));
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  const color = shouldColor(options.color, io.env, io.stdout.isTTY === true);
  for (const output of outputs) {
    const text = formatters[output.format](results, {
      cwd: io.cwd,
      color: output.file === undefined ? color : false,
      rules: allRuleMeta(),
      version: VERSION,
      workspace: io.env["GITHUB_WORKSPACE"] ?? io.cwd,
    });
    if (output.file === undefined) io.stdout.write(text);
    else writeReport(path.resolve(io.cwd, output.file), text, inputs.files);
  }
  for (const line of unreadable) io.stderr.write(`nomad-remote-lint: cannot read ${line}\n`);
  if (unreadable.length > 0) return 2;

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`nomad-remote-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

/** Findings about --var-file files (undeclared names, values of the wrong type), as results of their own. */
function varFileResults(linter: Linter, options: CliOptions): LintResult[] {
  const byFile = new Map<string, Diagnostic[]>();
  const severity = ruleSettings(options)["variable-value"] ?? "error";
  if (severity === "off") return [];
  for (const f of linter.varFileFindings) {
    const list = byFile.get(f.file) ?? [];
    const { file: _file, message, ...range } = f;
    list.push({ ruleId: "variable-value", severity: severity as Severity, message, ...range, url: ruleDocUrl("variable-value") });
    byFile.set(f.file, list);
  }
  return [...byFile].map(([file, messages]) => finish(file, messages, [], new SourceText(readFileSync(file, "utf8"))));
}

function readInput(file: InputFile, io: CliIo, unreadable: string[]): string | undefined {
  try {
    return readFileSync(file.path, "utf8");
  } catch (error) {
    unreadable.push(`${displayPath(file.path, io.cwd)}: ${describeFsError(error)}`);
    return undefined;
  }
}

/** Writes a report through a temporary file and a rename, never over a linted input. */
function writeReport(file: string, text: string, inputs: readonly InputFile[]): void {
  if (inputs.some((i) => i.path === file)) throw new UsageError(`refusing to write the report over the linted file ${file}`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    if (existsSync(file) && !statSync(file).isFile()) {
      // A device or FIFO (/dev/null, /dev/stdout, a pipe) is written to, never replaced.
      writeFileSync(file, text);
      return;
    }
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, file);
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
