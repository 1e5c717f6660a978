import { readFileSync } from "node:fs";
import path from "node:path";
import { loadVariables } from "../config/var-files.js";
import type { VarFileFinding } from "../engine/linter.js";
import { fixResults } from "../fix/fix-files.js";
import { SourceText } from "../parse/source.js";
import { encodeResult } from "../results/codec.js";
import type { Diagnostic, LintResult } from "../results/diagnostic.js";
import type { Range } from "../results/range.js";
import { COMMAND_LINE, fatalResult, finish, sortResults } from "../results/finish.js";
import { displayPath } from "../util/paths.js";
import { ruleDocUrl } from "../util/project.js";
import { ResultCache } from "./cache.js";
import { RunContext, allRuleMeta } from "./context.js";
import { LOOKED_FOR, collectInputs } from "./discovery.js";
import { UsageError } from "../util/errors.js";
import { lintAll, type WorkItem } from "./pool.js";
import { decodeInput, readInput, readInputBytes } from "./read-limits.js";
import type { LintRequest, LintRunOutcome } from "./request.js";
import { laneCount } from "./run-size.js";

/**
 * One lint run: finds the files, reads them within the limits, resolves each one's
 * configuration, takes what it can from the cache, lints the rest on the calling thread and
 * worker threads, applies fixes, and reports the var files' own findings. Every surface
 * calls this; what it prints is the surface's business.
 */
export async function lintRun(request: LintRequest): Promise<LintRunOutcome> {
  const { cwd } = request;
  // Fixing needs the edits of the fixes; a cached result serves every format, so it has them too.
  const options = (request.fix !== undefined || request.cache !== undefined) && !request.options.fixes ? { ...request.options, fixes: true } : request.options;
  const warnings: string[] = [];
  const problems: string[] = [];
  const variables = await loadVariables(cwd, options.variables);
  for (const line of variables.unreadable) problems.push(line);
  const context = new RunContext({ cwd, options, variables: variables.inputs });
  const documents = request.documents ?? [];
  const paths = request.paths.length === 0 && documents.length === 0 ? ["."] : request.paths;
  const discovery = request.discovery ?? {};
  const inputs = collectInputs(paths, {
    cwd,
    config: context.resolver,
    ignorePatterns: discovery.ignorePatterns ?? [],
    gitignore: discovery.gitignore ?? true,
    skipNonJobspecs: discovery.skipNonJobspecs ?? false,
  });
  // A named file that an ignore pattern leaves out is a warning of its own, not "nothing found".
  if (inputs.files.length === 0 && inputs.ignored.length === 0 && documents.length === 0 && discovery.errorOnUnmatched !== false) {
    const where = paths.map((p) => JSON.stringify(p)).join(", ");
    throw new UsageError(`no jobspec found in ${where}: looked for ${LOOKED_FOR} (--no-error-on-unmatched-pattern lets a run find none)`);
  }
  for (const p of inputs.problems) problems.push(`cannot read ${displayPath(p.path, cwd)}: ${p.message}`);
  for (const i of inputs.ignored) warnings.push(`${displayPath(i.path, cwd)} is ignored by ${i.why}`);
  const limits = options.limits;
  const cache = request.cache === undefined ? undefined : ResultCache.open(path.resolve(cwd, request.cache.location), (m) => warnings.push(m));
  const keepSource = request.keepSource === true;
  const results: LintResult[] = [];
  const varFindings = new Map<string, VarFileFinding>();
  const addVarFinding = (f: VarFileFinding) => varFindings.set(`${f.file}\0${f.line}\0${f.column}\0${f.message}`, f);
  for (const f of variables.findings) addVarFinding({ ruleId: f.ruleId, file: f.file, message: f.message, ...f.range });
  const declared = new Set<string>();
  const keep = (doc: { result: LintResult; varFileFindings: readonly VarFileFinding[]; declaredVariables?: readonly string[]; internalError?: string | undefined }) => {
    results.push(doc.result);
    // Reported in the file's result too; the run still ends with status 2.
    if (doc.internalError !== undefined) problems.push(`the linter failed on ${displayPath(doc.result.filePath, cwd)} (${doc.internalError}): the other files are reported`);
    for (const f of doc.varFileFindings) addVarFinding(f);
    for (const name of doc.declaredVariables ?? []) declared.add(name);
  };

  const texts: { file: string; text: string }[] = [];
  for (const d of documents) {
    const file = d.filePath.startsWith("<") ? d.filePath : path.resolve(cwd, d.filePath);
    const decoded = decodeInput(Buffer.from(d.text, "utf8"));
    if (decoded.ok) {
      texts.push({ file, text: decoded.text });
      keep(await context.lint(file, decoded.text));
    } else if ("problem" in decoded) keep({ result: fatalResult(file, decoded.problem), varFileFindings: [] });
  }

  const queued = inputs.files.map((file) => ({ file, settings: context.resolver.resolve(file.path).settings }));
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
      if ("error" in read) problems.push(`cannot read ${displayPath(file.path, cwd)}: ${read.error}`);
      else keep({ result: fatalResult(file.path, read.problem), varFileFindings: [] });
      return undefined;
    }
    let key: string | undefined;
    if (cache !== undefined) {
      const contentDigest = ResultCache.contentDigest(read.bytes);
      cache.remember(file.path, read.stat, contentDigest);
      key = ResultCache.key(context.fingerprint(settings), file.path, contentDigest);
      const hit = cache.get(key, file.path);
      if (hit !== undefined) {
        // A cached result came from these very bytes, so they decode as they did then.
        if (keepSource && hasFindings(hit.result)) {
          const decoded = decodeInput(read.bytes);
          if (decoded.ok) hit.result.source = decoded.text;
        }
        keep(hit);
        return undefined;
      }
    }
    const decoded = decodeInput(read.bytes);
    if (!decoded.ok) {
      if ("problem" in decoded) keep({ result: fatalResult(file.path, decoded.problem), varFileFindings: [] });
      return undefined;
    }
    if (key !== undefined) keys.set(file.path, key);
    return decoded.text;
  };
  // With a cache, the hits are taken first, so the number of threads fits the files left.
  const pending = cache === undefined ? queued : queued.filter((q) => load(q) !== undefined);
  let position = 0;
  // Files are read as the lanes take them (again, after the cache pass: texts are not held).
  const next = (): WorkItem | undefined => {
    while (position < pending.length) {
      const q = pending[position++]!;
      const text = load(q);
      if (text !== undefined) return { file: q.file.path, text };
    }
    return undefined;
  };
  const started = Date.now();
  // When a JSON report or the cache will encode the findings anyway, results are kept encoded.
  const encoded = cache !== undefined || request.encoded === true;
  const remaining = () => pending.length - position;
  const lanes = await lintAll({ next, remaining }, laneCount(String(request.concurrency ?? "auto"), pending.length), context, (item, linted) => {
    const doc = encoded ? { ...linted, result: encodeResult(linted.result) } : linted;
    if (!keepSource) delete doc.result.source;
    keep(doc);
    const key = keys.get(item.file);
    // The linter's own failure is not the file's result: the next run tries again.
    if (key !== undefined && linted.internalError === undefined) cache!.set(key, doc);
  });
  const milliseconds = Date.now() - started;
  const cacheFailure = cache?.save();
  if (cacheFailure !== undefined) problems.push(cacheFailure);

  let diffs: string[] = [];
  if (request.fix !== undefined) {
    const only = request.fix.rules === undefined || request.fix.rules.length === 0 ? undefined : new Set(request.fix.rules);
    const fixed = await fixResults(results, {
      mode: request.fix.mode,
      allow: (ruleId) => only === undefined || only.has(ruleId),
      linter: context.linter,
      settingsOf: (file) => context.resolver.resolve(file).settings,
      read: (file) => {
        const read = readInput(file, limits);
        return read.ok ? read.text : undefined;
      },
      display: (f) => displayPath(f, cwd),
      documents: texts,
    });
    diffs = fixed.diffs;
    for (const line of fixed.refused) problems.push(`cannot fix ${line}`);
    if (!keepSource) for (const r of results) delete r.source;
  }
  // A value for a variable that no linted jobspec declares: once per run, where it is given.
  for (const file of variables.inputs.files) {
    for (const [name, entry] of file.entries) {
      if (!declared.has(name)) addVarFinding({ ruleId: "variable-undeclared", file: file.path, message: `variable ${JSON.stringify(name)} is given a value, but no linted jobspec declares it`, ...entry.range });
    }
  }
  const undeclaredFlags = variables.inputs.cli.filter((v) => !declared.has(v.name));
  results.push(...varFileResults([...varFindings.values()], context), ...commandLineResults(undeclaredFlags, context));
  return {
    results: sortResults(results),
    diffs,
    problems,
    warnings,
    stats: { queued: queued.length, linted: pending.length, lanes, unread, milliseconds },
  };
}

/** A finding at the severity a file's configuration gives its rule; none when the rule is off there. */
function findingFor(context: RunContext, file: string, f: Range & { readonly ruleId: string; readonly message: string }): Diagnostic | undefined {
  const meta = allRuleMeta().find((m) => m.id === f.ruleId)!;
  const setting = context.resolver.resolve(file).settings.severities.get(meta.id) ?? meta.severity;
  if (setting === "off") return undefined;
  const { ruleId, message, line, column, endLine, endColumn } = f;
  return { ruleId, severity: setting, message, line, column, endLine, endColumn, url: ruleDocUrl(ruleId) };
}

/** Findings about var files (their syntax, values that do not fit, names no jobspec declares), as results of their own. */
function varFileResults(findings: readonly VarFileFinding[], context: RunContext): LintResult[] {
  const byFile = new Map<string, VarFileFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: LintResult[] = [];
  for (const [file, list] of byFile) {
    const messages = list.flatMap((f) => findingFor(context, file, f) ?? []);
    if (messages.length === 0) continue;
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // Read a moment ago; without it the findings are shown without their lines.
    }
    out.push(finish(file, messages, [], new SourceText(text)));
  }
  return out;
}

/** `--var` flags for variables that no linted jobspec declares, as a result of the command line's. */
function commandLineResults(flags: readonly { name: string; value: string }[], context: RunContext): LintResult[] {
  const messages = flags.flatMap(
    (v) =>
      findingFor(context, path.join(context.setup.cwd, COMMAND_LINE), {
        ruleId: "variable-undeclared",
        message: `--var ${v.name}=${v.value}: no linted jobspec declares variable ${JSON.stringify(v.name)}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      }) ?? [],
  );
  return messages.length === 0 ? [] : [finish(COMMAND_LINE, messages, [])];
}
