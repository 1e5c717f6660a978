import { rules } from "../../rules/index.js";
import { ConfigResolver } from "../config/config.js";
import { DriverRegistry, shippedRegistry } from "../drivers/registry.js";
import { BUILTIN_META } from "../engine/builtin.js";
import { Linter, type LintedDocument } from "../engine/linter.js";
import type { FileSettings, LintOptions } from "../engine/options.js";
import type { VariableInputs } from "../eval/document.js";
import type { RuleMeta } from "../results/rule-meta.js";
import { digest } from "../util/digest.js";
import { VERSION } from "../util/project.js";

/** Metadata of everything that can report: every rule and the engine's own diagnostics. */
export function allRuleMeta(): RuleMeta[] {
  return [...rules.map((r) => r.meta), ...BUILTIN_META];
}

/**
 * What every thread of a run builds its linter and configuration resolver from, as plain
 * data: the working directory, the options, and the variable values read from var files.
 */
export interface RunSetup {
  readonly cwd: string;
  readonly options: LintOptions;
  readonly variables: VariableInputs;
}

/** Settings as JSON: maps as sorted entries, a driver registry as its drivers' descriptions. */
function settingsJson(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...(value as Map<unknown, unknown>)].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  if (value instanceof DriverRegistry) return value.all.map((d) => d.spec);
  return value;
}

/** The linter and resolver of one thread, built once from the run's setup. */
export class RunContext {
  readonly linter: Linter;
  readonly resolver: ConfigResolver;
  readonly #fingerprints = new WeakMap<FileSettings, string>();

  constructor(readonly setup: RunSetup) {
    this.linter = new Linter({ rules, builtins: BUILTIN_META, limits: setup.options.limits });
    this.resolver = new ConfigResolver({ cwd: setup.cwd, options: setup.options, variables: setup.variables, shipped: shippedRegistry(), knownIds: this.linter.ruleIds });
  }

  lint(file: string, text: string): Promise<LintedDocument> {
    return this.linter.lintDocument(text, file, this.resolver.resolve(file).settings);
  }

  /** Lints texts together (see Linter.lintDocuments); the results are in the order of `items`. */
  lintBatch(items: readonly { readonly file: string; readonly text: string }[]): Promise<LintedDocument[]> {
    return this.linter.lintDocuments(items.map((j) => ({ raw: j.text, filePath: j.file, settings: this.resolver.resolve(j.file).settings })));
  }

  /**
   * A digest of everything besides a file's text that its result depends on: the linter
   * version and the whole of the file's settings (options, variables, severities, drivers,
   * target version); the key of cached results.
   */
  fingerprint(settings: FileSettings): string {
    let f = this.#fingerprints.get(settings);
    if (f === undefined) {
      f = digest("sha256", JSON.stringify({ version: VERSION, settings }, settingsJson), "hex");
      this.#fingerprints.set(settings, f);
    }
    return f;
  }
}
