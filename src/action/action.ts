import { appendFileSync, existsSync } from "node:fs";
import path from "node:path";
import { envVariables } from "../config/var-files.js";
import { lintOptions } from "../engine/options.js";
import { formatters } from "../formatters/index.js";
import { annotation, escapeData } from "../formatters/github.js";
import { SEVERITY_RANK, type Diagnostic, type LintResult } from "../results/diagnostic.js";
import { fileCount } from "../results/finish.js";
import { allRuleMeta } from "../run/context.js";
import { lintRun } from "../run/lint-run.js";
import { writeReport } from "../run/report-files.js";
import type { LintRequest } from "../run/request.js";
import { UsageError } from "../util/errors.js";
import { relativeTo } from "../util/paths.js";
import { VERSION } from "../util/project.js";
import { visible } from "../util/visible.js";

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

/** An input as the runner passes it: INPUT_<NAME> with spaces as underscores, upper-cased. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

function list(value: string): string[] {
  return value
    .split(/\r?\n/)
    .flatMap((line) => line.trim().split(/\s+/))
    .filter((x) => x !== "");
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

/**
 * Text from files in a table cell of the job summary: a code span, where markdown renders no
 * link, image, emphasis or HTML, with control and bidi characters shown as escapes and `|`
 * escaped as a table needs it.
 */
export function cell(text: string): string {
  const shown = visible(text).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** A path segment in a link: parentheses and quotes encoded too, which markdown would read. */
function urlSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** GitHub drops a step's summary whole past 1 MiB: the table stops short of that. */
export const SUMMARY_LIMIT = 1000 * 1000;

/** The job summary: counts, and every finding in a table with links to the lines. */
export function summary(results: readonly LintResult[], workspace: string, env: NodeJS.ProcessEnv, notAnnotated: number): string {
  const all = results.flatMap((r) => r.messages.map((m) => ({ file: relativeTo(workspace, r.filePath) ?? r.filePath, m })));
  const count = (s: Diagnostic["severity"]) => all.filter((x) => x.m.severity === s).length;
  const out = [
    "## nomad-remote-lint",
    "",
    `${fileCount(results)} ${fileCount(results) === 1 ? "file" : "files"} linted: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes.`,
    "",
  ];
  if (notAnnotated > 0) {
    out.push(`${notAnnotated} findings are not annotated on the diff (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings per step); all are listed below.`, "");
  }
  if (all.length === 0) return out.concat("No problems found.", "").join("\n");
  const server = env["GITHUB_SERVER_URL"] ?? "https://github.com";
  const repo = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  all.sort((a, b) => SEVERITY_RANK[a.m.severity] - SEVERITY_RANK[b.m.severity]);
  out.push("| Location | Severity | Rule | Message |", "|---|---|---|---|");
  let size = out.reduce((n, l) => n + l.length + 1, 0);
  for (const [i, { file, m }] of all.entries()) {
    const where = `${file}:${m.line}:${m.column}`;
    const link = repo && sha && !path.isAbsolute(file) ? `[${cell(where)}](${server}/${repo}/blob/${sha}/${file.split("/").map(urlSegment).join("/")}#L${m.line})` : cell(where);
    const row = `| ${link} | ${m.severity} | \`${m.ruleId}\` | ${cell(m.message)} |`;
    if (size + row.length + 200 > SUMMARY_LIMIT) {
      out.push("", `${all.length - i} more findings are not listed: the summary would pass GitHub's limit of 1 MiB. A SARIF file (\`sarif-file\`) or the command's JSON output has them all.`);
      break;
    }
    size += row.length + 1;
    out.push(row);
  }
  return out.join("\n") + "\n";
}

/** What the runner gives an action: its environment and the streams to write commands to. */
export interface ActionIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(chunk: string): unknown };
}

/**
 * The GitHub Action: lints the `paths` input, annotates findings (errors first, within
 * GitHub's limits), writes the job summary and the outputs, and optionally a SARIF file
 * for github/codeql-action/upload-sarif. Resolves to the exit status.
 */
export async function runAction(io: ActionIo): Promise<number> {
  const env = io.env;
  const workspace = path.resolve(env["GITHUB_WORKSPACE"] ?? process.cwd());
  const cwd = path.resolve(workspace, input(env, "working-directory") || ".");
  const fail = (message: string) => io.stdout.write(`::error title=nomad-remote-lint::${escapeData(message)}\n`);
  const failOn = input(env, "fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn)) {
    io.stdout.write(`::error::${escapeData(`fail-on must be error, warning or never, got "${failOn}"`)}\n`);
    return 2;
  }
  const sarifFile = input(env, "sarif-file");
  const request: LintRequest = {
    cwd,
    paths: list(input(env, "paths") || "."),
    options: lintOptions({
      configFile: input(env, "config") || undefined,
      driverFiles: lines(input(env, "driver-schema")),
      nomadVersion: input(env, "nomad-version") || undefined,
      variables: { env: envVariables(env), varFiles: lines(input(env, "var-file")), vars: [] },
      fixes: false,
    }),
    keepSource: sarifFile !== "",
  };
  let results: LintResult[];
  try {
    const outcome = await lintRun(request);
    if (sarifFile) {
      const rules = allRuleMeta();
      const text = formatters.sarif(outcome.results, { cwd, color: false, rules, version: VERSION, workspace });
      writeReport(path.resolve(cwd, sarifFile), [text], "utf8", new Set(outcome.results.map((r) => r.filePath)));
    }
    for (const w of outcome.warnings) io.stdout.write(`::warning title=nomad-remote-lint::${escapeData(w)}\n`);
    if (outcome.problems.length > 0) {
      for (const p of outcome.problems) fail(p);
      return 2;
    }
    results = outcome.results;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const line of error.message.split("\n")) fail(line);
    return 2;
  }
  const findings = results.flatMap((r) => r.messages.map((m) => ({ file: relativeTo(workspace, r.filePath) ?? r.filePath, m })));
  findings.sort((a, b) => SEVERITY_RANK[a.m.severity] - SEVERITY_RANK[b.m.severity]);
  const shown = { error: 0, warning: 0, info: 0 };
  let notAnnotated = 0;
  for (const { file, m } of findings) {
    if (shown[m.severity] >= ANNOTATIONS_PER_SEVERITY) {
      notAnnotated++;
      continue;
    }
    shown[m.severity]++;
    io.stdout.write(annotation(file, m) + "\n");
  }
  const errors = findings.filter((f) => f.m.severity === "error").length;
  const warnings = findings.filter((f) => f.m.severity === "warning").length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.stdout.write(`nomad-remote-lint: ${plural(fileCount(results), "file")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(findings.length - errors - warnings, "note")}\n`);
  if (notAnnotated > 0) {
    io.stdout.write(
      `nomad-remote-lint: ${notAnnotated} more findings not annotated (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings per step); the job summary lists them all\n`,
    );
  }
  const summaryFile = env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) appendFileSync(summaryFile, summary(results, workspace, env, notAnnotated));
  const outputFile = env["GITHUB_OUTPUT"];
  if (outputFile) {
    const out = [`error-count=${errors}`, `warning-count=${warnings}`, `sarif-file=${sarifFile && existsSync(path.resolve(cwd, sarifFile)) ? path.resolve(cwd, sarifFile) : ""}`];
    appendFileSync(outputFile, out.join("\n") + "\n");
  }
  if (failOn === "never") return 0;
  if (errors > 0 || (failOn === "warning" && warnings > 0)) return 1;
  return 0;
}
