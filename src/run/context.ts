import { createHash } from "node:crypto";
import { ConfigResolver } from "../config/config.js";
import type { FileSettings, LintedDocument, Linter } from "../engine/linter.js";
import type { VariableInputs } from "../eval/document.js";
import { createLinter, createResolver } from "../index.js";
import type { InputLimits } from "../engine/options.js";
import { VERSION } from "../util/project.js";

/**
 * Everything that decides how files are linted in one run, as plain data: the main thread
 * and every worker build the same linter and configuration resolver from it.
 */
export interface RunOptions {
  readonly cwd: string;
  readonly driverFiles: readonly string[];
  readonly rules: Readonly<Record<string, string>>;
  readonly nomadVersion: string | undefined;
  readonly configFile: string | undefined;
  readonly configLookup: boolean;
  readonly inlineConfig: boolean;
  readonly requireDisableReason: boolean;
  readonly variables: VariableInputs;
  readonly allowFs: boolean;
  readonly limits: InputLimits;
}

/** The linter and resolver of one thread, built once from the run's options. */
export class RunContext {
  readonly linter: Linter;
  readonly resolver: ConfigResolver;
  readonly #fingerprints = new WeakMap<FileSettings, string>();

  constructor(readonly options: RunOptions) {
    this.linter = createLinter(options.limits);
    this.resolver = createResolver(this.linter, {
      cwd: options.cwd,
      driverFiles: options.driverFiles,
      rules: options.rules,
      ...(options.nomadVersion !== undefined ? { nomadVersion: options.nomadVersion } : {}),
      ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
      configLookup: options.configLookup,
      inlineConfig: options.inlineConfig,
      requireDisableReason: options.requireDisableReason,
      variables: options.variables,
      allowFs: options.allowFs,
    });
  }

  lint(file: string, text: string): Promise<LintedDocument> {
    return this.linter.lintDocument(text, file, this.resolver.resolve(file).settings);
  }

  /** Lints texts together (see Linter.lintDocuments); the results are in the order of `jobs`. */
  lintBatch(jobs: readonly { readonly file: string; readonly text: string }[]): Promise<LintedDocument[]> {
    return this.linter.lintDocuments(jobs.map((j) => ({ raw: j.text, filePath: j.file, settings: this.resolver.resolve(j.file).settings })));
  }

  /**
   * A digest of everything besides a file's text that its result depends on: the linter
   * version, the rule severities, the drivers, the target version, the variables and the
   * options; the key of cached results.
   */
  fingerprint(settings: FileSettings): string {
    let f = this.#fingerprints.get(settings);
    if (f === undefined) {
      const data = {
        version: VERSION,
        severities: [...settings.severities].sort(),
        drivers: settings.drivers.all.map((d) => d.spec),
        nomadVersion: settings.nomadVersion ?? null,
        inlineConfig: settings.inlineConfig,
        requireDisableReason: settings.requireDisableReason,
        variables: {
          env: [...settings.variables.env].sort(),
          files: settings.variables.files.map((v) => [v.path, [...v.entries]]),
          cli: settings.variables.cli,
        },
        allowFs: settings.allowFs,
        limits: this.options.limits,
      };
      f = createHash("sha256").update(JSON.stringify(data)).digest("hex");
      this.#fingerprints.set(settings, f);
    }
    return f;
  }
}
