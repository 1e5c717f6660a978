import { Command, InvalidArgumentError, Option } from "commander";
import { MAX_NESTING_CEILING, DEFAULT_LIMITS, lintOptions, type LintOptions } from "../engine/options.js";
import { envVariables } from "../config/var-files.js";
import { FORMAT_NAMES } from "../formatters/index.js";
import { UsageError } from "../util/errors.js";
import { VERSION } from "../util/project.js";
import { availableParallelism } from "node:os";
import { maxThreads } from "../run/run-size.js";

/** Where the CLI reads and writes; process streams in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown };
  readonly readStdin: () => Promise<string>;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

/** The command line as commander parses it. */
export interface CliOptions {
  format: string[];
  outputFile: string[];
  stdinFilename?: string;
  stdin?: boolean;
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
  hcl2Strict?: boolean;
  ignorePattern: string[];
  gitignore: boolean;
  skipNonJobspecs?: boolean;
  errorOnUnmatchedPattern: boolean;
  concurrency: string;
  cache?: boolean;
  cacheLocation?: string;
  maxFileSize: number;
  maxNesting: number;
  maxParseTime: number;
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType: string[];
}

/** A repeatable option's values; it has none until given, so --help shows no default for it. */
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The options that collect values, each an empty list when not given. */
const LIST_OPTIONS = ["format", "outputFile", "driverSchema", "rule", "var", "varFile", "fixType", "ignorePattern"] as const;

function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return Number(value);
}

function concurrency(value: string): string {
  if (value === "auto" || value === "off") return value;
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a number of threads, auto or off");
  const max = maxThreads();
  if (Number(value) > max) throw new InvalidArgumentError(`expected at most ${max} threads (twice the ${availableParallelism()} cores here, at most 64)`);
  return value;
}

function nesting(value: string): number {
  const n = positiveInt(value);
  if (n > MAX_NESTING_CEILING) throw new InvalidArgumentError(`expected at most ${MAX_NESTING_CEILING}: the HCL parser cannot go deeper`);
  return n;
}

/** Seconds (fractions allowed, at most an hour), as milliseconds. */
function seconds(value: string): number {
  const n = Number(value.trim());
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || n <= 0 || n > 3600) throw new InvalidArgumentError("expected seconds, more than 0 and at most 3600");
  return Math.round(n * 1000);
}

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  if (m === null) throw new InvalidArgumentError("expected a size such as 4MB, 512KB or 100000");
  const unit = (m[2] ?? "b").toLowerCase();
  return Math.round(Number(m[1]) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1));
}

/** A warning limit: a whole number, or -1 for none (as ESLint takes it). */
function warningLimit(value: string): number {
  if (value.trim() === "-1") return -1;
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more, or -1 for no limit");
  return Number(value);
}

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number of 0 or more");
  return Number(value);
}

export function buildProgram(io: Pick<CliIo, "stdout" | "stderr">): Command {
  const program = new Command();
  program
    .name("nomad-remote-lint")
    .description(
      "Lint HashiCorp Nomad jobspecs for features that remote task drivers (RemoteTasks, such as ECS) silently ignore.",
    )
    .argument(
      "[paths...]",
      "jobspec files, directories or quoted glob patterns; directories are searched for *.nomad, *.nomad.hcl and *.nomad.json, and for *.hcl and *.job files that hold a job block; - reads standard input",
    )
    .addOption(
      new Option("-f, --format <name>", `output format: ${FORMAT_NAMES.join(", ")} (default: stylish)`)
        .argParser(collect),
    )
    .addOption(new Option("-o, --output-file <path>", "write the report to a file instead of standard output").argParser(collect))
    .option("--stdin", "lint standard input (the same as the path -)")
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
    .option("--hcl2-strict", "make unset variables, and values for variables no jobspec declares, errors (as nomad job run -hcl2-strict)")
    .addOption(new Option("--ignore-pattern <glob>", "leave out files and directories matching this glob, relative to the working directory (repeatable)").argParser(collect))
    .option("--no-gitignore", "search the files .gitignore leaves out too")
    .option("--skip-non-jobspecs", "leave out named files that are not jobspecs by name or content, as a search does (the pre-commit hook)")
    .option("--no-error-on-unmatched-pattern", "let a run whose paths lead to no jobspec end with status 0")
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
    .addOption(new Option("--max-warnings <n>", "exit with status 1 when there are more warnings than this (-1: no limit, the default)").argParser(warningLimit))
    .option("--quiet", "report errors only; warnings still count for --max-warnings")
    .addOption(new Option("--concurrency <n|auto|off>", "files linted at once, in worker threads (auto: one per core; few files use one)").default("auto", "auto").argParser(concurrency))
    .option("--cache", "reuse results of unchanged files (keyed by content, configuration and linter version)")
    .option("--cache-location <path>", "cache directory (default: node_modules/.cache/nomad-remote-lint, else .nomad-remote-lint-cache)")
    .addOption(new Option("--max-file-size <size>", "skip larger files with an input-limit error; bytes, or with KB or MB").default(DEFAULT_LIMITS.maxFileSize, "4MB").argParser(size))
    .addOption(new Option("--max-nesting <n>", `skip files nested deeper than this (at most ${MAX_NESTING_CEILING}) with an input-limit error`).default(DEFAULT_LIMITS.maxNesting).argParser(nesting))
    .addOption(
      new Option("--max-parse-time <seconds>", "end the HCL parser on a file after this long, with an input-limit error (files past 256 KB or 2,000 $${ escapes are parsed in a thread of their own)")
        .default(DEFAULT_LIMITS.maxParseTime, String(DEFAULT_LIMITS.maxParseTime / 1000))
        .argParser(seconds),
    )
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
  2  usage error, no jobspec found, unreadable input, a file that could not be written,
     invalid driver or config file, or internal error

Configuration:
  .nomad-remote-lint.json files are looked up from each file's directory upward, up to one
  with "root": true or the repository root; schemas/config.schema.json describes them.
  Suppress a finding with a comment on the line above it:
    # nomad-remote-lint-disable-next-line <rule>[, <rule>...] [-- reason]
  at the end of its own line:
    # nomad-remote-lint-disable-line <rule>[, <rule>...] [-- reason]
  or from a line to the end of the file, or to a nomad-remote-lint-enable [<rule>...]:
    # nomad-remote-lint-disable <rule>[, <rule>...] [-- reason]

Finding files:
  Directories are searched for *.nomad, *.nomad.hcl and *.nomad.json, and for *.hcl, *.job
  and template files whose text holds a top-level job block; node_modules, .git and what
  .gitignore leaves out are skipped, and so are links that lead outside the searched tree.
  A file named on the command line is linted whatever its name.

Examples:
  nomad-remote-lint jobs/
  nomad-remote-lint 'jobs/**/*.hcl' --ignore-pattern 'jobs/vendor/**'
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


function ruleSettings(cli: CliOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of cli.rule) {
    const eq = entry.indexOf("=");
    if (eq <= 0) throw new UsageError(`--rule needs <id>=<severity>, got ${JSON.stringify(entry)}`);
    out[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  if (cli.reportUnusedDisableDirectives !== undefined) out["unused-disable"] = cli.reportUnusedDisableDirectives;
  return out;
}

/** The options of a lint run, from the command line and the environment (NOMAD_VAR_*). */
export function lintOptionsOf(cli: CliOptions, env: NodeJS.ProcessEnv, fixes: boolean): LintOptions {
  return lintOptions({
    driverFiles: cli.driverSchema,
    rules: ruleSettings(cli),
    nomadVersion: cli.nomadVersion,
    configFile: cli.config,
    configLookup: cli.configLookup,
    inlineConfig: cli.inlineConfig,
    requireDisableReason: cli.requireDisableReason === true,
    variables: { env: envVariables(env), varFiles: cli.varFile, vars: cli.var },
    allowFs: cli.fsFunctions,
    hcl2Strict: cli.hcl2Strict === true,
    limits: { maxFileSize: cli.maxFileSize, maxNesting: cli.maxNesting, maxParseTime: cli.maxParseTime },
    fixes,
  });
}

/** Parses the arguments; the options that collect values are empty lists when not given. */
export function parseCommandLine(program: Command, argv: readonly string[]): { cli: CliOptions; paths: string[] } {
  program.parse(argv as string[], { from: "user" });
  const cli = program.opts<CliOptions>();
  for (const name of LIST_OPTIONS) cli[name] ??= [];
  return { cli, paths: program.args };
}
