import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { DriverRegistry, loadDriverFile, type LoadedDriver } from "../drivers/registry.js";
import type { VariableInputs } from "../eval/document.js";
import type { FileSettings, LintOptions } from "../engine/options.js";
import { UsageError } from "../util/errors.js";
import { childPath, isWithin } from "../util/paths.js";
import type { SeveritySetting } from "../results/diagnostic.js";
import { closest } from "../util/closest.js";
import { parseJsonSource } from "../parse/json-source.js";
import { projectValidator } from "../util/validators.js";
import { describeSchemaErrors, pointerOf, type SchemaProblem } from "../util/schema-errors.js";
import { formatVersion, parseVersion, type Version } from "../util/nomad-version.js";
import { CONFIG_FILE_NAME } from "./config-schema.js";
import { describeFsError, readSmallFile } from "../util/fs.js";

/** Largest configuration file read: a real one is a few kilobytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * The nearest directory at or above `dir` that holds `.git` (a repository's root), if any.
 * With `known`, each directory's answer is kept there and looked at once.
 */
export function repositoryRoot(dir: string, known?: Map<string, string | null>): string | undefined {
  const climbed: string[] = [];
  let root: string | null | undefined;
  for (let d = dir; root === undefined; d = path.dirname(d)) {
    root = known?.get(d);
    if (root !== undefined) break;
    climbed.push(d);
    if (existsSync(childPath(d, ".git"))) root = d;
    else if (path.dirname(d) === d) root = null;
  }
  if (known !== undefined) for (const d of climbed) known.set(d, root);
  return root ?? undefined;
}

const realOrSelf = (p: string): string => {
  try {
    return realpathSync.native(p);
  } catch {
    return p;
  }
};


interface Override {
  readonly matches: (relPath: string) => boolean;
  readonly rules: ReadonlyMap<string, SeveritySetting>;
}

/** One validated configuration file. */
export interface ConfigFile {
  readonly path: string;
  readonly dir: string;
  readonly root: boolean;
  readonly rules: ReadonlyMap<string, SeveritySetting>;
  readonly drivers: readonly LoadedDriver[];
  readonly ignores: (relPath: string) => boolean;
  /** Files to lint whatever their name (`files` globs). */
  readonly includes: (relPath: string) => boolean;
  /** The `files` and `ignores` globs as written, for --print-config. */
  readonly patterns: { readonly files: readonly string[]; readonly ignores: readonly string[] };
  readonly overrides: readonly Override[];
  /** Unset variables are errors, as `nomad job run -hcl2-strict` makes them. */
  readonly hcl2Strict: boolean | undefined;
  readonly nomadVersion: Version | undefined;
}

interface RawConfig {
  root?: boolean;
  rules?: Record<string, SeveritySetting>;
  drivers?: (string | Record<string, unknown>)[];
  ignorePatterns?: string[];
  ignores?: string[];
  files?: string[];
  hcl2Strict?: boolean;
  overrides?: { files: string[]; rules?: Record<string, SeveritySetting> }[];
  nomadVersion?: string;
}

/** A glob matcher that also matches files under a matching directory (`legacy` ignores `legacy/a.nomad`). */
function globMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const expanded = patterns.flatMap((p) => {
    const trimmed = p.replace(/^\.\//, "");
    return trimmed.endsWith("/") ? [`${trimmed}**`] : [trimmed, `${trimmed}/**`];
  });
  const match = picomatch(expanded, { dot: true });
  return (relPath) => relPath !== "" && !relPath.startsWith("../") && match(relPath);
}

/** A glob matcher for files to lint (`files`): the patterns as they are. */
function fileMatcher(patterns: readonly string[]): (relPath: string) => boolean {
  if (patterns.length === 0) return () => false;
  const match = picomatch(patterns.map((p) => p.replace(/^\.\//, "")), { dot: true });
  return (relPath) => relPath !== "" && !relPath.startsWith("../") && match(relPath);
}

/** The path of `file` relative to `dir`, with forward slashes. */
export function relativePosix(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join("/");
}

/** Reads and validates a configuration file; every problem is a UsageError naming file, position and pointer. */
export function loadConfigFile(file: string, display: (p: string) => string): ConfigFile {
  const shown = display(file);
  let text: string;
  try {
    text = readSmallFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    throw new UsageError(`${shown}: cannot read config file: ${describeFsError(error)}`);
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const e = parsed.errors[0]!;
    throw new UsageError(`${shown}:${e.line}:${e.column}: invalid config: ${e.message}`);
  }
  const doc = parsed.doc;
  const validate = projectValidator("config");
  if (!validate(doc.value)) {
    const lines = describeSchemaErrors(validate.errors).map((p) => {
      const r = doc.rangeOf(p.path, p.key === true);
      return { r, text: `${shown}:${r.line}:${r.column}: invalid config: ${pointerOf(p.path)}: ${configMessage(p)}` };
    });
    lines.sort((a, b) => a.r.line - b.r.line || a.r.column - b.r.column);
    throw new UsageError(lines.map((l) => l.text).join("\n"));
  }
  const raw = doc.value as RawConfig;
  const dir = path.dirname(file);
  // A config names driver files of its own project only: its repository, or without one its
  // own directory and below (through links too). A file elsewhere is for --driver-schema.
  const project = repositoryRoot(dir) ?? dir;
  const drivers = (raw.drivers ?? []).map((entry, i) => {
    if (typeof entry !== "string") return { spec: entry as unknown as LoadedDriver["spec"], origin: `${shown}#/drivers/${i}` };
    const target = path.resolve(dir, entry);
    if (!isWithin(realOrSelf(target), realOrSelf(project))) {
      const r = doc.rangeOf([ "drivers", i ], false);
      throw new UsageError(
        `${shown}:${r.line}:${r.column}: invalid config: /drivers/${i}: ${JSON.stringify(entry)} is outside the project (${display(project) || "."}): a config names driver files inside its repository only; give one from elsewhere with --driver-schema`,
      );
    }
    return loadDriverFile(target, display(target));
  });
  return {
    path: file,
    dir,
    root: raw.root === true,
    rules: new Map(Object.entries(raw.rules ?? {})),
    drivers,
    ignores: globMatcher([...(raw.ignores ?? []), ...(raw.ignorePatterns ?? [])]),
    includes: fileMatcher(raw.files ?? []),
    patterns: { files: raw.files ?? [], ignores: [...(raw.ignores ?? []), ...(raw.ignorePatterns ?? [])] },
    hcl2Strict: raw.hcl2Strict,
    overrides: (raw.overrides ?? []).map((o) => ({ matches: globMatcher(o.files), rules: new Map(Object.entries(o.rules ?? {})) })),
    nomadVersion: raw.nomadVersion === undefined ? undefined : parseVersion(raw.nomadVersion),
  };
}

/** Rule ids get their own wording: "unknown rule" with the closest id. */
function configMessage(problem: SchemaProblem): string {
  const p = problem.path;
  if (problem.key === true && p.length >= 2 && p[p.length - 2] === "rules") {
    const id = String(p[p.length - 1]);
    const hint = closest(id, problem.candidates ?? []);
    return `unknown rule ${JSON.stringify(id)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "; nomad-remote-lint --list-rules lists them"}`;
  }
  return problem.message;
}

export interface ResolverOptions {
  readonly cwd: string;
  readonly options: LintOptions;
  readonly variables: VariableInputs;
  readonly shipped: DriverRegistry;
  /** Every rule id the run knows, for checking the command line's rule settings. */
  readonly knownIds: readonly string[];
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
    if (!known.includes(id) || id === "syntax") {
      const hint = closest(id, known.filter((k) => k !== "syntax"));
      throw new UsageError(`unknown rule ${JSON.stringify(id)} in --rule${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "; nomad-remote-lint --list-rules lists them"}`);
    }
    if (!["off", "info", "warning", "error"].includes(severity)) {
      throw new UsageError(`severity of ${id} must be one of off, info, warning, error, got ${JSON.stringify(severity)}`);
    }
    out.set(id, severity as SeveritySetting);
  }
  return out;
}

/** Rules that `hcl2Strict` makes errors: unset variables, and values for variables no jobspec declares. */
const STRICT_VARIABLE_RULES = ["variable-unset", "variable-undeclared"];

/** What applies to one file. */
export interface ResolvedConfig {
  readonly settings: FileSettings;
  /** The file matches an `ignores` (or `ignorePatterns`) entry. */
  readonly ignored: boolean;
  /** The configuration files that apply, outermost first. */
  readonly configFiles: readonly string[];
}

/**
 * Finds and merges the configuration for each linted file: `.nomad-remote-lint.json` files
 * from the file's directory upward, stopping after one with `"root": true` or at the
 * directory holding `.git`. Outer files apply first, each one's `rules` then its matching
 * `overrides`; the command line applies last. Files are read once per run.
 */
export class ConfigResolver {
  readonly #options: ResolverOptions;
  readonly #files = new Map<string, ConfigFile>();
  readonly #chains = new Map<string, readonly ConfigFile[]>();
  /** Each directory's repository root (null: none), as the lookup found it. */
  readonly #repositoryRoots = new Map<string, string | null>();
  readonly #registries = new Map<string, DriverRegistry>();
  readonly #settings = new Map<string, FileSettings>();
  readonly #explicit: ConfigFile | undefined;
  readonly #cliDrivers: readonly LoadedDriver[];
  readonly #cliRules: ReadonlyMap<string, SeveritySetting>;
  readonly #cliNomadVersion: Version | undefined;

  constructor(options: ResolverOptions) {
    this.#options = options;
    const o = options.options;
    this.#cliDrivers = o.driverFiles.map((f) => loadDriverFile(path.resolve(options.cwd, f), f));
    this.#cliRules = checkRuleSettings(o.rules, options.knownIds);
    this.#cliNomadVersion = toVersion(o.nomadVersion, "the Nomad version");
    this.#explicit = o.configFile === undefined ? undefined : this.#load(path.resolve(options.cwd, o.configFile));
  }

  #display = (p: string): string => {
    const rel = path.relative(this.#options.cwd, p);
    return rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
  };

  #load(file: string): ConfigFile {
    let config = this.#files.get(file);
    if (config === undefined) {
      if (!existsSync(file)) throw new UsageError(`no such config file: ${this.#display(file)}`);
      config = loadConfigFile(file, this.#display);
      this.#files.set(file, config);
    }
    return config;
  }

  /**
   * Outside any repository the lookup does not climb above the working directory (nor, for a
   * file outside it, above the file's own directory): a config file somewhere above, in a
   * shared or temporary directory, never applies unasked.
   */
  #outermost(dir: string): boolean {
    const cwd = this.#options.cwd;
    if (!(dir === cwd || !isWithin(dir, cwd))) return false;
    return repositoryRoot(dir, this.#repositoryRoots) === undefined;
  }

  #chain(dir: string): readonly ConfigFile[] {
    if (this.#explicit !== undefined) return [this.#explicit];
    if (!this.#options.options.configLookup) return [];
    const cached = this.#chains.get(dir);
    if (cached !== undefined) return cached;
    // A directory's chain is its parent's plus its own file; each directory is looked at once.
    let chain: readonly ConfigFile[];
    const candidate = childPath(dir, CONFIG_FILE_NAME);
    const own = existsSync(candidate) ? this.#load(candidate) : undefined;
    const parent = path.dirname(dir);
    if (own?.root || existsSync(childPath(dir, ".git")) || parent === dir || this.#outermost(dir)) chain = own === undefined ? [] : [own];
    else chain = own === undefined ? this.#chain(parent) : [...this.#chain(parent), own];
    this.#chains.set(dir, chain);
    return chain;
  }

  #registry(chain: readonly ConfigFile[]): DriverRegistry {
    const key = chain.map((c) => c.path).join("\0");
    let registry = this.#registries.get(key);
    if (registry === undefined) {
      registry = this.#options.shipped.with([...chain.flatMap((c) => c.drivers), ...this.#cliDrivers]);
      this.#registries.set(key, registry);
    }
    return registry;
  }

  /** Whether a configuration file's `files` names a file (to lint whatever its name). */
  includes(filePath: string): boolean {
    return this.#chain(path.dirname(filePath)).some((c) => c.includes(relativePosix(c.dir, filePath)));
  }

  /** The configuration file whose `ignores` leaves a file or directory out, if one does. */
  ignoredBy(filePath: string): string | undefined {
    return this.#chain(path.dirname(filePath)).find((c) => c.ignores(relativePosix(c.dir, filePath)))?.path;
  }

  resolve(filePath: string): ResolvedConfig {
    const chain = this.#chain(path.dirname(filePath));
    // Files under the same configuration files and matching the same overrides share one
    // settings object (and so one cache fingerprint).
    let key = "";
    let ignored = false;
    for (const config of chain) {
      const rel = relativePosix(config.dir, filePath);
      key += `${config.path}\0`;
      config.overrides.forEach((o, i) => {
        if (o.matches(rel)) key += `${i},`;
      });
      if (config.ignores(rel)) ignored = true;
    }
    let settings = this.#settings.get(key);
    if (settings === undefined) {
      settings = this.#settingsOf(chain, filePath);
      this.#settings.set(key, settings);
    }
    return { settings, ignored, configFiles: chain.map((c) => c.path) };
  }

  #settingsOf(chain: readonly ConfigFile[], filePath: string): FileSettings {
    const severities = new Map<string, SeveritySetting>();
    let nomadVersion: Version | undefined;
    for (const config of chain) {
      const rel = relativePosix(config.dir, filePath);
      for (const [id, s] of config.rules) severities.set(id, s);
      for (const o of config.overrides) if (o.matches(rel)) for (const [id, s] of o.rules) severities.set(id, s);
      if (config.nomadVersion !== undefined) nomadVersion = config.nomadVersion;
    }
    for (const [id, s] of this.#cliRules) severities.set(id, s);
    nomadVersion = this.#cliNomadVersion ?? nomadVersion;
    // Strict variables: unset and undeclared ones are errors, unless a severity is set for them.
    if (this.#options.options.hcl2Strict || chain.some((c) => c.hcl2Strict === true)) {
      for (const id of STRICT_VARIABLE_RULES) if (!severities.has(id)) severities.set(id, "error");
    }
    return {
      options: this.#options.options,
      variables: this.#options.variables,
      severities,
      drivers: this.#registry(chain),
      ...(nomadVersion ? { nomadVersion } : {}),
    };
  }

  /** The effective configuration of a file as JSON-ready data (`--print-config`). */
  describe(filePath: string, ruleDefaults: ReadonlyMap<string, SeveritySetting>): Record<string, unknown> {
    const resolved = this.resolve(filePath);
    const chain = this.#chain(path.dirname(filePath));
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, def] of ruleDefaults) rules[id] = resolved.settings.severities.get(id) ?? def;
    return {
      filePath,
      configFiles: resolved.configFiles,
      ignored: resolved.ignored,
      nomadVersion: resolved.settings.nomadVersion === undefined ? null : formatVersion(resolved.settings.nomadVersion),
      files: chain.flatMap((c) => c.patterns.files.map((pattern) => ({ pattern, config: c.path }))),
      ignores: chain.flatMap((c) => c.patterns.ignores.map((pattern) => ({ pattern, config: c.path }))),
      hcl2Strict: resolved.settings.severities.get("variable-unset") === "error",
      inlineConfig: resolved.settings.options.inlineConfig,
      requireDisableReason: resolved.settings.options.requireDisableReason,
      rules,
      drivers: resolved.settings.drivers.all.map((d) => ({
        name: d.spec.name,
        remoteTasks: d.spec.capabilities.RemoteTasks,
        ...(d.spec.provides ? { provides: d.spec.provides } : {}),
        origin: d.origin,
      })),
    };
  }
}
