import { visible } from "../util/visible.js";
import { describeFsError } from "../util/fs.js";
import path from "node:path";
import { CommanderError } from "commander";
import { formatters, FORMAT_NAMES, type FormatName } from "../formatters/index.js";
import type { LintResult } from "../results/diagnostic.js";
import { errorsOnly } from "../results/finish.js";
import { defaultCacheLocation } from "../run/cache.js";
import { allRuleMeta } from "../run/context.js";
import { describeConfig } from "../run/describe-config.js";
import { lintRun } from "../run/lint-run.js";
import type { LintRequest } from "../run/request.js";
import { closest } from "../util/closest.js";
import { codeCacheState } from "../util/code-cache.js";
import { shouldColor } from "../util/color.js";
import { UsageError } from "../util/errors.js";
import { VERSION } from "../util/project.js";
import { buildProgram, lintOptionsOf, parseCommandLine, type CliIo, type CliOptions } from "./program.js";

export type { CliIo };
import { writeReport } from "../run/report-files.js";
import { explainRule, listRules } from "./rule-info.js";

/** Runs the CLI; resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(buildProgram(io), argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
      io.stderr.write("Run nomad-remote-lint --help for usage.\n");
      return 2;
    }
    throw error;
  }
  try {
    return await command(parsed.paths, parsed.cli, io);
  } catch (error) {
    if (error instanceof UsageError) {
      for (const line of error.message.split("\n")) io.stderr.write(`nomad-remote-lint: ${visible(line)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nomad-remote-lint: internal error: ${visible(message)}\n`);
    if (parsed.cli.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write("Run again with --debug for the stack trace.\n");
    return 2;
  }
}

interface Output {
  format: FormatName;
  file: string | undefined;
}

function outputsOf(cli: CliOptions): Output[] {
  const formats = cli.format.length > 0 ? cli.format : ["stylish"];
  for (const f of formats) {
    if (!(FORMAT_NAMES as string[]).includes(f)) {
      throw new UsageError(`unknown format "${f}": expected one of ${FORMAT_NAMES.join(", ")}`);
    }
  }
  if (cli.outputFile.length > formats.length) {
    throw new UsageError("more --output-file than --format options: give a format for each output file");
  }
  return formats.map((format, i) => ({ format: format as FormatName, file: cli.outputFile[i] }));
}

function findMeta(id: string) {
  const metas = allRuleMeta();
  const meta = metas.find((m) => m.id === id);
  if (meta === undefined) {
    const hint = closest(id, metas.map((m) => m.id));
    throw new UsageError(`unknown rule ${JSON.stringify(id)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; --list-rules lists them`);
  }
  return meta;
}

/** Whether and how the run fixes files: --fix writes them, --fix-dry-run shows a diff. */
function fixModeOf(cli: CliOptions, stdinCount: number): "write" | "dry-run" | undefined {
  if (cli.fix && cli.fixDryRun) throw new UsageError("--fix and --fix-dry-run exclude each other: --fix-dry-run shows what --fix would write");
  if (cli.fixType.length > 0 && !cli.fix && !cli.fixDryRun) throw new UsageError("--fix-type needs --fix or --fix-dry-run");
  if (cli.fix && stdinCount > 0) throw new UsageError("--fix cannot write standard input back: use --fix-dry-run to see the fix as a diff");
  return cli.fix ? "write" : cli.fixDryRun ? "dry-run" : undefined;
}

/** The rules whose fixes apply (--fix-type): each must be a rule with fixes. */
function fixRules(fixTypes: readonly string[]): string[] {
  const ids = fixTypes.flatMap((t) => t.split(",")).map((t) => t.trim()).filter(Boolean);
  const fixable = allRuleMeta().filter((m) => m.fixable).map((m) => m.id);
  for (const id of ids) {
    if (!fixable.includes(id)) {
      const hint = closest(id, fixable);
      throw new UsageError(`--fix-type ${JSON.stringify(id)} is not a rule with fixes${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; rules with fixes: ${fixable.join(", ")}`);
    }
  }
  return ids;
}

async function command(paths: string[], cli: CliOptions, io: CliIo): Promise<number> {
  if (cli.listRules) {
    io.stdout.write(listRules(allRuleMeta()));
    return 0;
  }
  if (cli.explain !== undefined) {
    io.stdout.write(explainRule(findMeta(cli.explain)));
    return 0;
  }
  const outputs = outputsOf(cli);
  if (cli.stdin === true && !paths.includes("-")) paths = [...paths, "-"];
  const stdinCount = paths.filter((p) => p === "-").length;
  if (stdinCount > 1) throw new UsageError("- (standard input) may be given once");
  if (cli.stdinFilename !== undefined && stdinCount === 0) throw new UsageError("--stdin-filename needs - among the paths to read standard input");
  const fixMode = fixModeOf(cli, stdinCount);
  const fixTypes = fixRules(cli.fixType);
  // What the reports read beyond the findings, so the run computes only that.
  const needs = outputs.map((o) => formatters[o.format].needs ?? {});
  const options = lintOptionsOf(cli, io.env, fixMode !== undefined || needs.some((n) => n.fixes === true));
  if (cli.printConfig !== undefined) {
    const described = await describeConfig({ cwd: io.cwd, options }, path.resolve(io.cwd, cli.printConfig));
    io.stdout.write(JSON.stringify(described, null, 2) + "\n");
    return 0;
  }
  const request: LintRequest = {
    cwd: io.cwd,
    paths: paths.filter((p) => p !== "-"),
    documents: stdinCount === 1 ? [{ filePath: cli.stdinFilename ?? "<stdin>", text: await io.readStdin() }] : [],
    options,
    discovery: { ignorePatterns: cli.ignorePattern, gitignore: cli.gitignore, skipNonJobspecs: cli.skipNonJobspecs === true, errorOnUnmatched: cli.errorOnUnmatchedPattern },
    concurrency: cli.concurrency === "auto" || cli.concurrency === "off" ? cli.concurrency : Number(cli.concurrency),
    ...(cli.cache ? { cache: { location: cli.cacheLocation ?? defaultCacheLocation(io.cwd) } } : {}),
    ...(fixMode !== undefined ? { fix: { mode: fixMode, rules: fixTypes } } : {}),
    keepSource: needs.some((n) => n.source === true),
    encoded: outputs.some((o) => formatters[o.format].chunks !== undefined),
  };
  const outcome = await lintRun(request);
  for (const w of outcome.warnings) io.stderr.write(`nomad-remote-lint: warning: ${visible(w)}\n`);
  if (cli.debug) {
    const { lanes, linted, queued, milliseconds, unread } = outcome.stats;
    const split = lanes.length > 1 ? ` (${lanes.join(" + ")})` : "";
    io.stderr.write(`nomad-remote-lint: debug: linted ${linted} of ${queued} files on ${lanes.length} thread${lanes.length === 1 ? "" : "s"}${split} in ${milliseconds} ms\n`);
    io.stderr.write(`nomad-remote-lint: debug: code cache of the bundle: ${codeCacheState()}\n`);
    if (request.cache !== undefined) io.stderr.write(`nomad-remote-lint: debug: ${unread} cached results of files untouched since they were read, without reading them\n`);
  }
  const results = outcome.results;
  // --quiet: the reports show the errors; the exit status still counts every warning.
  const shown = cli.quiet === true ? errorsOnly(results) : results;
  const color = shouldColor(cli.color, io.env, io.stdout.isTTY === true);
  // --fix-dry-run: standard output holds the diff, then the reports not sent to a file.
  if (fixMode === "dry-run") io.stdout.write(outcome.diffs.map(visibleDiff).join(""));
  const linted = new Set(results.map((r) => r.filePath));
  for (const output of outputs) {
    const formatter = formatters[output.format];
    const format = () =>
      formatter(shown, {
        cwd: io.cwd,
        color: output.file === undefined ? color : false,
        rules: allRuleMeta(),
        version: VERSION,
        workspace: io.env["GITHUB_WORKSPACE"] ?? io.cwd,
        ...(fixMode === "dry-run" ? { fixDryRun: true } : {}),
      });
    if (output.file === undefined) io.stdout.write(format());
    // A report in pieces is written as they are: cached findings go out as the bytes they were read as.
    else if (formatter.chunks !== undefined) writeReport(path.resolve(io.cwd, output.file), formatter.chunks(shown), "latin1", linted);
    else writeReport(path.resolve(io.cwd, output.file), [format()], "utf8", linted);
  }
  for (const line of outcome.problems) io.stderr.write(`nomad-remote-lint: ${visible(line)}\n`);
  if (outcome.problems.length > 0) return 2;
  return exitStatus(results, cli, io);
}

function exitStatus(results: readonly LintResult[], cli: CliOptions, io: CliIo): number {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (cli.maxWarnings !== undefined && cli.maxWarnings >= 0 && warnings > cli.maxWarnings) {
    io.stderr.write(`nomad-remote-lint: ${warnings === 1 ? "1 warning exceeds" : `${warnings} warnings exceed`} --max-warnings ${cli.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer | string) => chunks.push(typeof c === "string" ? Buffer.from(c) : c));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}

/** A diff with the file's control characters shown, as every other output shows them; its CRLF line ends stay. */
function visibleDiff(diff: string): string {
  return diff
    .split("\n")
    .map((line) => (line.endsWith("\r") ? `${visible(line.slice(0, -1), true)}\r` : visible(line, true)))
    .join("\n");
}

/** Runs the CLI on the process's arguments and streams; resolves to the exit status. */
export async function main(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: the rest of the report is dropped,
  // the exit status still tells the result.
  // Any other failure to write (a full disk under `> report.txt`) ends the run with status 2 and
  // a line saying so, never a stack trace: the report is incomplete.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") return;
      const name = stream === process.stdout ? "standard output" : "standard error";
      if (stream === process.stdout) process.stderr.write(`nomad-remote-lint: cannot write to ${name}: ${describeFsError(error)}; the report is incomplete\n`);
      process.exit(2);
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
