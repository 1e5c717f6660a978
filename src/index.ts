import { readFile } from "node:fs/promises";
import path from "node:path";
import { rules } from "../rules/index.js";
import { ConfigResolver } from "./config/config.js";
import { loadDriverFile, shippedRegistry } from "./drivers/registry.js";
import { BUILTIN_META } from "./engine/builtin.js";
import { Linter } from "./engine/linter.js";
import { NO_INPUTS, type VariableInputs } from "./eval/document.js";
import type { RuleMeta } from "./engine/rule.js";
import { UsageError } from "./util/errors.js";
import { collectInputs } from "./run/discovery.js";
import type { InputLimits } from "./engine/options.js";
import type { LintResult, SeveritySetting } from "./results/diagnostic.js";
import { parseVersion, type Version } from "./util/nomad-version.js";

export { rules } from "../rules/index.js";
export { ConfigResolver } from "./config/config.js";
export type { ResolvedConfig } from "./config/config.js";
export { DriverRegistry, loadDriverFile, shippedRegistry, validateDriver } from "./drivers/registry.js";
export type { DriverSpec, LoadedDriver } from "./drivers/registry.js";
export { Linter } from "./engine/linter.js";
export type { FileSettings, LinterOptions } from "./engine/linter.js";
export type { DocLink, RemoteFeature, Rule, RuleContext, RuleMeta } from "./engine/rule.js";
export { UsageError } from "./util/errors.js";
export { formatters, FORMAT_NAMES } from "./formatters/index.js";
export type { FormatName, FormatOptions, Formatter } from "./formatters/index.js";
export type { Diagnostic, LintResult, Range, Severity, SeveritySetting, Suppression } from "./results/diagnostic.js";
export { VERSION } from "./util/project.js";
export { variableInputs } from "./config/var-files.js";
export type { VariableInputs } from "./eval/document.js";

/** Metadata of everything that can report: every rule and the engine's own diagnostics. */
export function allRuleMeta(): RuleMeta[] {
  return [...rules.map((r) => r.meta), ...BUILTIN_META];
}

/** A linter with every rule and, as default settings, the shipped drivers and default severities. */
export function createLinter(limits?: InputLimits): Linter {
  return new Linter({
    ...(limits ? { limits } : {}),
    rules,
    builtins: BUILTIN_META,
    defaults: {
      severities: new Map(),
      drivers: shippedRegistry(),
      inlineConfig: true,
      requireDisableReason: false,
      variables: NO_INPUTS,
      allowFs: true,
    },
  });
}

export interface LintOptions {
  /** Base of relative paths and of the configuration lookup (default: the process's). */
  readonly cwd?: string;
  /** Driver capability files to add (later files win on equal names). */
  readonly driverFiles?: readonly string[];
  /** Rule severities (off, info, warning, error) over every configuration file. */
  readonly rules?: Readonly<Record<string, string>>;
  /** The Nomad version of the target cluster ("1.8.4"). */
  readonly nomadVersion?: string;
  /** Use this configuration file alone. */
  readonly configFile?: string;
  /** Look up `.nomad-remote-lint.json` files (default true). */
  readonly configLookup?: boolean;
  /** Honour suppression comments (default true). */
  readonly inlineConfig?: boolean;
  /** Report suppression comments without a reason (default false). */
  readonly requireDisableReason?: boolean;
  /** Variable values (environment, var files, --var); see `variableInputs`. */
  readonly variables?: VariableInputs;
  /** Let filesystem functions read below the jobspec's directory (default true). */
  readonly allowFs?: boolean;
}

/** Checks a Nomad version given by the user. */
export function toVersion(text: string | undefined, what: string): Version | undefined {
  if (text === undefined) return undefined;
  const v = parseVersion(text);
  if (v === undefined) throw new UsageError(`${what} must look like 1.8.4, got ${JSON.stringify(text)}`);
  return v;
}

/** Checks rule settings given by the user against the known ids and severities. */
export function checkRuleSettings(settings: Readonly<Record<string, string>>, known: readonly string[]): Map<string, SeveritySetting> {
  const out = new Map<string, SeveritySetting>();
  for (const [id, severity] of Object.entries(settings)) {
    if (!known.includes(id) || id === "syntax") throw new UsageError(`unknown rule ${JSON.stringify(id)}`);
    if (!["off", "info", "warning", "error"].includes(severity)) {
      throw new UsageError(`severity of ${id} must be one of off, info, warning, error, got ${JSON.stringify(severity)}`);
    }
    out.set(id, severity as SeveritySetting);
  }
  return out;
}

/** The configuration resolver for a run with these options. */
export function createResolver(linter: Linter, options: LintOptions = {}): ConfigResolver {
  const cwd = options.cwd ?? process.cwd();
  return new ConfigResolver({
    cwd,
    configFile: options.configFile,
    lookup: options.configLookup ?? true,
    shipped: shippedRegistry(),
    cliDrivers: (options.driverFiles ?? []).map((f) => loadDriverFile(path.resolve(cwd, f), f)),
    cliRules: checkRuleSettings(options.rules ?? {}, linter.ruleIds),
    cliNomadVersion: toVersion(options.nomadVersion, "the Nomad version"),
    inlineConfig: options.inlineConfig ?? true,
    requireDisableReason: options.requireDisableReason ?? false,
    variables: options.variables ?? NO_INPUTS,
    allowFs: options.allowFs ?? true,
  });
}

/** Lints one jobspec text; `filePath` names it and places it for the configuration lookup. */
export async function lintText(text: string, options: LintOptions & { filePath?: string } = {}): Promise<LintResult> {
  const linter = createLinter();
  const resolver = createResolver(linter, options);
  const filePath = path.resolve(options.cwd ?? process.cwd(), options.filePath ?? "<text>");
  return linter.lintText(text, options.filePath ?? "<text>", resolver.resolve(filePath).settings);
}

/** Lints files and directories (searched for jobspecs), one result per file not ignored, by path. */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const linter = createLinter();
  const resolver = createResolver(linter, options);
  const { files } = collectInputs(paths, cwd);
  const results: LintResult[] = [];
  for (const file of files) {
    const { settings, ignored } = resolver.resolve(file.path);
    if (ignored) continue;
    results.push(await linter.lintText(await readFile(file.path, "utf8"), file.path, settings));
  }
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}
