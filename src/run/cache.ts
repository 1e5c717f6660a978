import { existsSync, readFileSync, type Stats } from "node:fs";
import path from "node:path";
import type { LintedDocument, VarFileFinding } from "../engine/linter.js";
import { isFsReadCurrent, type FsRead } from "../eval/functions.js";
import { describeFsError, makeDirectory, statIfAny } from "../util/fs.js";
import { EncodedResult, asciiJson, asciiText, countsOf, findingsOf, type Counts } from "../results/codec.js";
import type { LintResult } from "../results/diagnostic.js";
import { digest } from "../util/digest.js";
import { lineCode, machineKey } from "./cache-key.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { VERSION } from "../util/project.js";

const FORMAT = "nomad-remote-lint-cache";
const FORMAT_VERSION = 6;
const FILE = "results.tsv";
const CONTENTS_FILE = "contents.tsv";
/**
 * How long before a read a file must have last changed for its status to vouch for its
 * content: a change within the same tick of the file system's clock could leave size and
 * times as they were (the "racily clean" files of git's index).
 */
export const SETTLED_MS = 2000;
/** Entries beyond this many, least recently used first, are dropped when the cache is saved. */
const MAX_ENTRIES = 200_000;

/**
 * What an entry holds besides the findings: the counts of the result, and what the result
 * depends on beyond the file's text.
 */
interface EntryMeta {
  readonly counts: Counts;
  readonly varFileFindings: VarFileFinding[];
  /** The variables the file declares (see LintedDocument). */
  readonly declaredVariables: string[];
  /** Filesystem function calls (file(), fileset(), ...) whose outcomes the result depends on. */
  readonly fsReads: FsRead[];
}

/**
 * One cached file, as the line it is stored on: `key TAB code TAB meta TAB findings`, where
 * meta is EntryMeta as JSON, findings the file's findings as the JSON report writes them
 * (findingsJson), and code the HMAC of the rest of the line under this machine's secret (see
 * cache-key.ts). JSON text holds no tab or line break, so neither splits a field, and it is
 * kept ASCII. Lines stay bytes: the JSON report writes the findings from where they were read.
 */
type Line = Buffer;

const TAB = 9;
const NEWLINE = 10;

/** The default cache directory: under node_modules/.cache when there is one, else .nomad-remote-lint-cache. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, "node_modules")) ? path.join(cwd, "node_modules", ".cache", "nomad-remote-lint") : path.join(cwd, ".nomad-remote-lint-cache");
}

/** The device, inode, size and change times of a file: equal while the file is not touched. */
function signatureOf(st: Stats): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** Where a line's fields start: the key (64 hex digits), its code (44 base64 characters), the meta. */
const CODE_AT = 65;
const META_AT = CODE_AT + 45;

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
  return (
    ["variable-value", "variable-undeclared", "syntax", "input-limit"].includes(f["ruleId"] as string) &&
    typeof f["file"] === "string" &&
    typeof f["message"] === "string" &&
    ["line", "column", "endLine", "endColumn"].every((k) => typeof f[k] === "number")
  );
}

/**
 * The meta and the findings text of a line, when it is whole and its findings text is the
 * one it was stored with.
 */
function entryOf(line: Line, secret: Buffer): { meta: EntryMeta; findings: Buffer } | undefined {
  if (line[META_AT - 1] !== TAB) return undefined;
  const tab = line.indexOf(TAB, META_AT);
  if (tab === -1) return undefined;
  const code = asciiText(line.subarray(CODE_AT, META_AT - 1));
  // Authenticated first: nothing of a line this machine's linter did not write is parsed.
  if (lineCode(secret, line.subarray(0, CODE_AT), line.subarray(META_AT)) !== code) return undefined;
  let meta: Partial<EntryMeta>;
  try {
    meta = JSON.parse(asciiText(line.subarray(META_AT, tab))) as Partial<EntryMeta>;
  } catch {
    return undefined;
  }
  if (meta === null || typeof meta !== "object" || !isCounts(meta.counts)) return undefined;
  if (!Array.isArray(meta.fsReads) || !meta.fsReads.every(isFsRead) || !Array.isArray(meta.varFileFindings) || !meta.varFileFindings.every(isVarFileFinding)) return undefined;
  if (!Array.isArray(meta.declaredVariables) || !meta.declaredVariables.every((v) => typeof v === "string")) return undefined;
  return { meta: meta as EntryMeta, findings: line.subarray(tab + 1) };
}

/** What a cache file holds after its header line; why there is nothing to use otherwise. */
type CacheFileBody = { body: Buffer; start: number } | { absent: true } | { rebuild: string | undefined };

/**
 * Reads a file of the cache and checks its header: `rebuild` carries the warning to give
 * (none for a cache of another version, replaced quietly).
 */
function readCacheFile(file: string): CacheFileBody {
  if (!existsSync(file)) return { absent: true };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { rebuild: `the cache file ${file} cannot be read (${describeFsError(error)}); it is rebuilt` };
  }
  const headerEnd = bytes.indexOf(NEWLINE);
  let header: { format?: unknown; formatVersion?: unknown; version?: unknown } | undefined;
  try {
    const parsed: unknown = JSON.parse(bytes.toString("utf8", 0, headerEnd === -1 ? bytes.length : headerEnd));
    if (parsed !== null && typeof parsed === "object") header = parsed;
  } catch {
    // not JSON: not a cache of this tool
  }
  if (header === undefined || header.format !== FORMAT) return { rebuild: `${file} is not a nomad-remote-lint cache; it is rebuilt` };
  if (header.formatVersion !== FORMAT_VERSION || header.version !== VERSION) return { rebuild: undefined };
  // Every line ends with a line break: bytes after the last one are a line cut short.
  if (bytes[bytes.length - 1] !== NEWLINE) return { rebuild: `the cache file ${file} is damaged; it is rebuilt` };
  return { body: bytes, start: headerEnd + 1 };
}

/** One known file content, as stored: `signature TAB content digest TAB code TAB path as JSON`. */
const CONTENT_LINE = /^([0-9.:e+-]+\t[0-9a-f]{64})\t([A-Za-z0-9+/]{43}=)\t(".*")$/s;

/**
 * Lint results keyed by a digest of the file's bytes, its path and everything else its result
 * depends on (see RunContext.fingerprint). Git keeps no modification times, so the key is
 * the content. A file that is not a cache of this tool, or is damaged, is reported and
 * replaced, never trusted; a cache of another version is replaced quietly. Entries stay
 * text until used: a run that takes a few results from a large cache parses a few lines.
 *
 * Beside the results, the cache keeps the content digest of each file it read, with the
 * file's status at the time (device, inode, size, modification and change times): while the
 * status is the same, the file is not read again to find its digest. Any write to a file sets
 * its change time, which no program can set back, and a status is kept only when the file had
 * not changed for SETTLED_MS before it was read. A fresh clone has new statuses everywhere:
 * its files are read, and their results still come from the cache by content.
 */
export class ResultCache {
  readonly #dir: string;
  readonly #warn: (message: string) => void;
  readonly #secret: Buffer;
  #lines = new Map<string, Line>();
  /** Entries this run used, after their digest was checked. */
  readonly #checked = new Map<string, Line>();
  #dirty = false;
  /** Known contents: the path as JSON, to `signature TAB content digest`. */
  readonly #contents = new Map<string, string>();
  #contentsDirty = false;

  private constructor(dir: string, warn: (message: string) => void, secret: Buffer) {
    this.#dir = dir;
    this.#warn = warn;
    this.#secret = secret;
  }

  get #file(): string {
    return path.join(this.#dir, FILE);
  }

  get #contentsFile(): string {
    return path.join(this.#dir, CONTENTS_FILE);
  }

  /**
   * Opens the cache in `dir`, its entries authenticated with `secret` (this machine's, by
   * default); undefined, with a warning, when there is no secret to be had.
   */
  static open(dir: string, warn: (message: string) => void, secret: Buffer | { problem: string } = machineKey()): ResultCache | undefined {
    if (!Buffer.isBuffer(secret)) {
      warn(`the cache is not used: its key ${secret.problem}`);
      return undefined;
    }
    const cache = new ResultCache(dir, warn, secret);
    cache.#openResults();
    cache.#openContents();
    return cache;
  }

  #openResults(): void {
    const read = readCacheFile(this.#file);
    if ("absent" in read) return;
    if ("rebuild" in read) {
      if (read.rebuild !== undefined) this.#warn(read.rebuild);
      this.#dirty = true;
      return;
    }
    const bytes = read.body;
    for (let start = read.start; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const key = asciiText(bytes.subarray(start, start + 64));
      if (end < start + 65 || bytes[start + 64] !== TAB || !/^[0-9a-f]{64}$/.test(key)) {
        this.#damaged();
        return;
      }
      this.#lines.set(key, bytes.subarray(start, end));
      start = end + 1;
    }
  }

  #openContents(): void {
    const read = readCacheFile(this.#contentsFile);
    if ("absent" in read) return;
    this.#contentsDirty = true;
    if ("rebuild" in read) {
      if (read.rebuild !== undefined) this.#warn(read.rebuild);
      return;
    }
    const lines = read.body.toString("utf8", read.start, read.body.length - 1).split("\n");
    for (const line of lines) {
      if (line === "") continue;
      const m = CONTENT_LINE.exec(line);
      if (m === null || lineCode(this.#secret, m[1]!, "\t", m[3]!) !== m[2]) {
        this.#warn(`the cache file ${this.#contentsFile} is damaged, or was not written by this machine's linter; it is rebuilt`);
        this.#contents.clear();
        this.#contentsDirty = true;
        return;
      }
      this.#contents.set(m[3]!, m[1]!);
    }
    this.#contentsDirty = false;
  }

  /** Drops every entry but those this run checked and used; the file is written again. */
  #damaged(): this {
    this.#warn(`the cache file ${this.#file} is damaged, or holds entries this machine's linter did not write (a cache committed into the checkout, say); it is rebuilt`);
    this.#lines = new Map(this.#checked);
    this.#dirty = true;
    return this;
  }

  /** A digest of a file's bytes, for `key`. */
  static contentDigest(bytes: Uint8Array): string {
    return digest("sha256", bytes, "hex");
  }

  /** The key of a file: a digest of the run's fingerprint for it, its path and its content digest. */
  static key(fingerprint: string, file: string, contentDigest: string): string {
    return digest("sha256", `${fingerprint}\0${file}\0${contentDigest}`, "hex");
  }

  /**
   * The content digest of a file this cache read before and that has not been touched since
   * (its status is the one kept then); undefined when it may have changed. `stat` is the
   * file's status if the caller has it; otherwise it is taken here.
   */
  unchangedDigest(file: string, stat?: Stats): string | undefined {
    const known = this.#contents.get(JSON.stringify(file));
    if (known === undefined) return undefined;
    const st = stat ?? statIfAny(file);
    if (st === undefined || !st.isFile()) return undefined;
    const tab = known.indexOf("\t");
    return known.slice(0, tab) === signatureOf(st) ? known.slice(tab + 1) : undefined;
  }

  /**
   * Keeps the content digest of bytes just read from a file, with the status of the file they
   * were read from, when that file had settled (see SETTLED_MS); otherwise forgets the file.
   */
  remember(file: string, stat: Stats, contentDigest: string, now = Date.now()): void {
    const name = JSON.stringify(file);
    const settled = now - Math.max(stat.mtimeMs, stat.ctimeMs) >= SETTLED_MS;
    const value = `${signatureOf(stat)}\t${contentDigest}`;
    const old = this.#contents.get(name);
    this.#contents.delete(name);
    if (settled) this.#contents.set(name, value);
    if (old !== (settled ? value : undefined)) this.#contentsDirty = true;
  }

  /**
   * The cached result for a key, as a LintResult of `file`; none when a filesystem function
   * the result depends on now gives another outcome. A damaged entry drops all but the
   * entries this run already used.
   */
  get(key: string, file: string): { result: LintResult; varFileFindings: VarFileFinding[]; declaredVariables: string[] } | undefined {
    const line = this.#lines.get(key);
    if (line === undefined) return undefined;
    const entry = entryOf(line, this.#secret);
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
    return { result: new EncodedResult(file, meta.counts, findings), varFileFindings: meta.varFileFindings, declaredVariables: meta.declaredVariables };
  }

  set(key: string, doc: LintedDocument): void {
    const { result } = doc;
    const findings = findingsOf(result);
    const text = typeof findings === "string" ? Buffer.from(findings, "latin1") : findings;
    const meta: EntryMeta = {
      counts: countsOf(result),
      varFileFindings: [...doc.varFileFindings],
      declaredVariables: [...doc.declaredVariables],
      fsReads: [...doc.fsReads],
    };
    const head = Buffer.from(`${key}\t`, "latin1");
    const rest = Buffer.concat([Buffer.from(`${asciiJson(JSON.stringify(meta))}\t`, "latin1"), text]);
    this.#lines.delete(key);
    this.#lines.set(key, Buffer.concat([head, Buffer.from(`${lineCode(this.#secret, head, rest)}\t`, "latin1"), rest]));
    this.#dirty = true;
  }

  /**
   * Writes what changed, each file all or nothing (see writeFileAtomic); the directory is
   * created if need be. Returns why the cache could not be written, if it could not: the
   * files already there stay as they were.
   */
  save(): string | undefined {
    const header = JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, version: VERSION });
    if (this.#dirty) {
      while (this.#lines.size > MAX_ENTRIES) this.#lines.delete(this.#lines.keys().next().value!);
      const failed = this.#write(this.#file, [header, "\n", ...[...this.#lines.values()].flatMap((line) => [line, "\n"])], "latin1");
      if (failed !== undefined) return failed;
    }
    if (this.#contentsDirty) {
      while (this.#contents.size > MAX_ENTRIES) this.#contents.delete(this.#contents.keys().next().value!);
      return this.#write(this.#contentsFile, [header, "\n", ...[...this.#contents].flatMap(([name, value]) => [value, "\t", lineCode(this.#secret, value, "\t", name), "\t", name, "\n"])], "utf8");
    }
    return undefined;
  }

  #write(file: string, pieces: (string | Uint8Array)[], encoding: "utf8" | "latin1"): string | undefined {
    try {
      makeDirectory(this.#dir);
      writeFileAtomic(file, pieces, encoding);
      return undefined;
    } catch (error) {
      return `the cache cannot be written to ${file} (${describeFsError(error)}); this run's results are not kept`;
    }
  }
}
