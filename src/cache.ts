import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tally, type LintedDocument, type VarFileFinding } from "./engine/linter.js";
import { isFsReadCurrent, type FsRead } from "./eval/functions.js";
import type { Diagnostic, LintResult, Suppression } from "./types.js";
import { VERSION } from "./version.js";

const FORMAT = "nomad-remote-lint-cache";
const FORMAT_VERSION = 2;
const FILE = "results.json";
/** Entries beyond this many, least recently used first, are dropped when the cache is saved. */
const MAX_ENTRIES = 200_000;

/** What a cached file's result holds: everything but the file's own text. */
export interface CachedResult {
  readonly messages: Diagnostic[];
  readonly suppressions: Suppression[];
  readonly varFileFindings: VarFileFinding[];
  /** Filesystem function calls (file(), fileset(), ...) whose outcomes the result depends on. */
  readonly fsReads: FsRead[];
}

interface CacheFile {
  format: string;
  formatVersion: number;
  version: string;
  entries: Record<string, CachedResult>;
}

/** The default cache directory: under node_modules/.cache when there is one, else .nomad-remote-lint-cache. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, "node_modules")) ? path.join(cwd, "node_modules", ".cache", "nomad-remote-lint") : path.join(cwd, ".nomad-remote-lint-cache");
}

function isEntry(v: unknown): v is CachedResult {
  if (v === null || typeof v !== "object") return false;
  const e = v as Record<string, unknown>;
  return (
    Array.isArray(e["messages"]) &&
    Array.isArray(e["suppressions"]) &&
    Array.isArray(e["varFileFindings"]) &&
    Array.isArray(e["fsReads"]) &&
    (e["fsReads"] as unknown[]).every(isFsRead) &&
    (e["messages"] as unknown[]).every((m) => m !== null && typeof m === "object" && typeof (m as Diagnostic).ruleId === "string" && typeof (m as Diagnostic).line === "number")
  );
}

function isFsRead(v: unknown): v is FsRead {
  if (v === null || typeof v !== "object") return false;
  const r = v as Record<string, unknown>;
  return typeof r["fn"] === "string" && typeof r["base"] === "string" && typeof r["digest"] === "string" && Array.isArray(r["args"]) && r["args"].every((a) => typeof a === "string");
}

/**
 * Lint results keyed by a digest of the file's text, its path and everything else its result
 * depends on (see RunContext.fingerprint). Git keeps no modification times, so the key is
 * the content. A file that is not a cache of this tool, or is damaged, is reported and
 * replaced, never trusted; a cache of another version is replaced quietly.
 */
export class ResultCache {
  readonly #dir: string;
  #entries = new Map<string, CachedResult>();
  #dirty = false;

  private constructor(dir: string) {
    this.#dir = dir;
  }

  static open(dir: string, warn: (message: string) => void): ResultCache {
    const cache = new ResultCache(dir);
    const file = path.join(dir, FILE);
    if (!existsSync(file)) return cache;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      warn(`the cache file ${file} is damaged; it is rebuilt`);
      return cache;
    }
    const c = data as Partial<CacheFile> | null;
    if (c === null || typeof c !== "object" || c.format !== FORMAT || typeof c.entries !== "object" || c.entries === null) {
      warn(`${file} is not a nomad-remote-lint cache; it is rebuilt`);
      return cache;
    }
    if (c.formatVersion !== FORMAT_VERSION || c.version !== VERSION) return cache;
    for (const [key, entry] of Object.entries(c.entries)) {
      if (!/^[0-9a-f]{64}$/.test(key) || !isEntry(entry)) {
        warn(`the cache file ${file} is damaged; it is rebuilt`);
        cache.#entries.clear();
        return cache;
      }
      cache.#entries.set(key, entry);
    }
    return cache;
  }

  static key(fingerprint: string, file: string, text: string): string {
    return createHash("sha256").update(fingerprint).update("\0").update(file).update("\0").update(text).digest("hex");
  }

  /**
   * The cached result for a key, as a LintResult of `file` (counts recomputed); none when a
   * filesystem function the result depends on now gives another outcome.
   */
  get(key: string, file: string): { result: LintResult; varFileFindings: VarFileFinding[] } | undefined {
    const e = this.#entries.get(key);
    if (e === undefined || !e.fsReads.every(isFsReadCurrent)) return undefined;
    // Used entries move to the end: the least recently used are the first dropped.
    this.#entries.delete(key);
    this.#entries.set(key, e);
    const result = tally(file, e.messages, e.suppressions);
    return { result, varFileFindings: e.varFileFindings };
  }

  set(key: string, doc: LintedDocument): void {
    const { result } = doc;
    this.#entries.set(key, { messages: result.messages, suppressions: result.suppressions, varFileFindings: [...doc.varFileFindings], fsReads: [...doc.fsReads] });
    this.#dirty = true;
  }

  /** Writes the cache through a temporary file and a rename; the directory is created if need be. */
  save(): void {
    if (!this.#dirty) return;
    while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    mkdirSync(this.#dir, { recursive: true });
    const file = path.join(this.#dir, FILE);
    const data: CacheFile = { format: FORMAT, formatVersion: FORMAT_VERSION, version: VERSION, entries: Object.fromEntries(this.#entries) };
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(data));
    renameSync(temp, file);
  }
}
