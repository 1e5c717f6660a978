import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import type { LintedDocument, VarFileFinding } from "./engine/linter.js";
import { isFsReadCurrent, type FsRead } from "./eval/functions.js";
import { describeFsError } from "./files.js";
import { asciiJson, asciiText, findingsOf } from "./formatters/json.js";
import { HeldLintResult, countsOf, type Counts } from "./held-result.js";
import type { LintResult } from "./types.js";
import { writeFileInPieces } from "./util/write-chunks.js";
import { VERSION } from "./version.js";

const FORMAT = "nomad-remote-lint-cache";
const FORMAT_VERSION = 3;
const FILE = "results.tsv";
/** Entries beyond this many, least recently used first, are dropped when the cache is saved. */
const MAX_ENTRIES = 200_000;

/**
 * What an entry holds besides the findings: the counts of the result, what the result
 * depends on beyond the file's text, and a digest of the findings text.
 */
interface EntryMeta {
  readonly counts: Counts;
  readonly varFileFindings: VarFileFinding[];
  /** Filesystem function calls (file(), fileset(), ...) whose outcomes the result depends on. */
  readonly fsReads: FsRead[];
  readonly digest: string;
}

/**
 * One cached file, as the line it is stored on: `key TAB meta TAB findings`, where meta is
 * EntryMeta as JSON and findings the file's findings as the JSON report writes them
 * (findingsJson). JSON text holds no tab or line break, so neither splits a field, and it is
 * kept ASCII. Lines stay bytes: the JSON report writes the findings from where they were read.
 */
type Line = Buffer;

const TAB = 9;
const NEWLINE = 10;

/** The default cache directory: under node_modules/.cache when there is one, else .nomad-remote-lint-cache. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, "node_modules")) ? path.join(cwd, "node_modules", ".cache", "nomad-remote-lint") : path.join(cwd, ".nomad-remote-lint-cache");
}

/** A check that findings text is whole and unchanged (not a key: SHA-1 is quicker and enough). */
const digestOf = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("base64");

function isCounts(v: unknown): v is EntryMeta["counts"] {
  return Array.isArray(v) && v.length === 5 && v.every((n) => Number.isSafeInteger(n) && n >= 0);
}

function isFsRead(v: unknown): v is FsRead {
  if (v === null || typeof v !== "object") return false;
  const r = v as Record<string, unknown>;
  return typeof r["fn"] === "string" && typeof r["base"] === "string" && typeof r["digest"] === "string" && Array.isArray(r["args"]) && r["args"].every((a) => typeof a === "string");
}

function isVarFileFinding(v: unknown): v is VarFileFinding {
  if (v === null || typeof v !== "object") return false;
  const f = v as Record<string, unknown>;
  return typeof f["file"] === "string" && typeof f["message"] === "string" && ["line", "column", "endLine", "endColumn"].every((k) => typeof f[k] === "number");
}

/**
 * The meta and the findings text of a line, when it is whole and its findings text is the
 * one it was stored with.
 */
function entryOf(line: Line): { meta: EntryMeta; findings: Buffer } | undefined {
  const tab = line.indexOf(TAB, 65);
  if (tab === -1) return undefined;
  let meta: Partial<EntryMeta>;
  try {
    meta = JSON.parse(asciiText(line.subarray(65, tab))) as Partial<EntryMeta>;
  } catch {
    return undefined;
  }
  if (meta === null || typeof meta !== "object" || !isCounts(meta.counts) || typeof meta.digest !== "string") return undefined;
  if (!Array.isArray(meta.fsReads) || !meta.fsReads.every(isFsRead) || !Array.isArray(meta.varFileFindings) || !meta.varFileFindings.every(isVarFileFinding)) return undefined;
  const findings = line.subarray(tab + 1);
  return digestOf(findings) === meta.digest ? { meta: meta as EntryMeta, findings } : undefined;
}

/**
 * Lint results keyed by a digest of the file's bytes, its path and everything else its result
 * depends on (see RunContext.fingerprint). Git keeps no modification times, so the key is
 * the content. A file that is not a cache of this tool, or is damaged, is reported and
 * replaced, never trusted; a cache of another version is replaced quietly. Entries stay
 * text until used: a run that takes a few results from a large cache parses a few lines.
 */
export class ResultCache {
  readonly #dir: string;
  readonly #warn: (message: string) => void;
  #lines = new Map<string, Line>();
  /** Entries this run used, after their digest was checked. */
  readonly #checked = new Map<string, Line>();
  #dirty = false;

  private constructor(dir: string, warn: (message: string) => void) {
    this.#dir = dir;
    this.#warn = warn;
  }

  get #file(): string {
    return path.join(this.#dir, FILE);
  }

  static open(dir: string, warn: (message: string) => void): ResultCache {
    const cache = new ResultCache(dir, warn);
    const file = cache.#file;
    if (!existsSync(file)) return cache;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      warn(`the cache file ${file} cannot be read (${describeFsError(error)}); it is rebuilt`);
      cache.#dirty = true;
      return cache;
    }
    const headerEnd = bytes.indexOf(NEWLINE);
    let header: { format?: unknown; formatVersion?: unknown; version?: unknown } | undefined;
    try {
      const parsed: unknown = JSON.parse(bytes.toString("utf8", 0, headerEnd === -1 ? bytes.length : headerEnd));
      if (parsed !== null && typeof parsed === "object") header = parsed;
    } catch {
      // not JSON: not a cache of this tool
    }
    if (header === undefined || header.format !== FORMAT) {
      warn(`${file} is not a nomad-remote-lint cache; it is rebuilt`);
      cache.#dirty = true;
      return cache;
    }
    if (header.formatVersion !== FORMAT_VERSION || header.version !== VERSION) {
      cache.#dirty = true;
      return cache;
    }
    // Every line ends with a line break: bytes after the last one are a line cut short.
    if (bytes[bytes.length - 1] !== NEWLINE) return cache.#damaged();
    for (let start = headerEnd + 1; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const key = asciiText(bytes.subarray(start, start + 64));
      if (end < start + 65 || bytes[start + 64] !== TAB || !/^[0-9a-f]{64}$/.test(key)) return cache.#damaged();
      cache.#lines.set(key, bytes.subarray(start, end));
      start = end + 1;
    }
    return cache;
  }

  /** Drops every entry but those this run checked and used; the file is written again. */
  #damaged(): this {
    this.#warn(`the cache file ${this.#file} is damaged; it is rebuilt`);
    this.#lines = new Map(this.#checked);
    this.#dirty = true;
    return this;
  }

  /** The key of a file: a digest of the run's fingerprint for it, its path and its bytes. */
  static key(fingerprint: string, file: string, bytes: Uint8Array): string {
    return createHash("sha256").update(fingerprint).update("\0").update(file).update("\0").update(bytes).digest("hex");
  }

  /**
   * The cached result for a key, as a LintResult of `file`; none when a filesystem function
   * the result depends on now gives another outcome. A damaged entry drops all but the
   * entries this run already used.
   */
  get(key: string, file: string): { result: LintResult; varFileFindings: VarFileFinding[] } | undefined {
    const line = this.#lines.get(key);
    if (line === undefined) return undefined;
    const entry = entryOf(line);
    if (entry === undefined) {
      this.#damaged();
      return undefined;
    }
    const { meta, findings } = entry;
    if (!meta.fsReads.every(isFsReadCurrent)) return undefined;
    // Used entries move to the end: the least recently used are the first dropped.
    this.#lines.delete(key);
    this.#lines.set(key, line);
    this.#checked.set(key, line);
    return { result: new HeldLintResult(file, meta.counts, findings), varFileFindings: meta.varFileFindings };
  }

  set(key: string, doc: LintedDocument): void {
    const { result } = doc;
    const findings = findingsOf(result);
    const text = typeof findings === "string" ? Buffer.from(findings, "latin1") : findings;
    const meta: EntryMeta = {
      counts: countsOf(result),
      varFileFindings: [...doc.varFileFindings],
      fsReads: [...doc.fsReads],
      digest: digestOf(text),
    };
    this.#lines.delete(key);
    this.#lines.set(key, Buffer.concat([Buffer.from(`${key}\t${asciiJson(JSON.stringify(meta))}\t`, "latin1"), text]));
    this.#dirty = true;
  }

  /**
   * Writes the cache through a temporary file and a rename; the directory is created if need
   * be. A cache that cannot be written is reported and the run goes on without it.
   */
  save(): void {
    if (!this.#dirty) return;
    while (this.#lines.size > MAX_ENTRIES) this.#lines.delete(this.#lines.keys().next().value!);
    const file = this.#file;
    const header = JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, version: VERSION });
    const temp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.#dir, { recursive: true });
      writeFileInPieces(temp, [header, "\n", ...[...this.#lines.values()].flatMap((line) => [line, "\n"])], "latin1");
      renameSync(temp, file);
    } catch (error) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // nothing more to do about it
      }
      this.#warn(`the cache cannot be written to ${file} (${describeFsError(error)}); this run's results are not kept`);
    }
  }
}
