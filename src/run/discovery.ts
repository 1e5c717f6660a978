import { closeSync, constants, existsSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import ignoreModule, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { SNIFF_BYTES, hasTopLevelJob } from "../parse/sniff.js";
import { UsageError } from "../util/errors.js";
import { describeFsError, readSmallFile } from "../util/fs.js";
import { childPath, isResolvedPath } from "../util/paths.js";

// ignore is CommonJS: under Node's ESM loader its default import is the factory.
const createIgnore = (ignoreModule as unknown as { default?: () => Ignore }).default ?? (ignoreModule as unknown as () => Ignore);

/** Directory names never searched. */
export const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/** File names that are jobspecs by name: HCL jobspecs and API JSON jobs. */
export function isJobspecName(name: string): boolean {
  return name.endsWith(".nomad") || name.endsWith(".nomad.hcl") || name.endsWith(".nomad.json");
}

/** File names that are jobspecs when their text holds a top-level job block (templates included). */
export function isCandidateName(name: string): boolean {
  return /\.(hcl|job|tpl|tftpl|tmpl)$/i.test(name);
}

/** What a directory search looked for, for the message when it finds nothing. */
export const LOOKED_FOR = "*.nomad, *.nomad.hcl and *.nomad.json files, and *.hcl, *.job and template files that hold a top-level job block";

/** The buffer content checks read into, one for the whole search (they run one at a time). */
let sniffBuffer: Buffer | undefined;

/** Whether a file's first bytes hold a top-level job block; a file that cannot be read is not one. */
export function holdsJob(file: string): boolean {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO with the name of a jobspec must not hang the search.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    sniffBuffer ??= Buffer.allocUnsafe(SNIFF_BYTES);
    const n = readSync(fd, sniffBuffer, 0, SNIFF_BYTES, 0);
    return hasTopLevelJob(sniffBuffer.toString("utf8", 0, n));
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * A file to lint: its absolute path, whether it was named on the command line, and for a
 * named file the status taken when it was found.
 */
export interface InputFile {
  readonly path: string;
  readonly explicit: boolean;
  readonly stat?: Stats;
}

/** A directory entry that could not be read during the search (permission, broken link). */
export interface SearchProblem {
  readonly path: string;
  readonly message: string;
}

/** What the configuration files say of a path: whether to lint it, whatever its name, or to leave it out. */
export interface ConfigPatterns {
  /** A `files` pattern of a configuration file matches it. */
  includes(file: string): boolean;
  /** The configuration file whose `ignores` (or `ignorePatterns`) matches it, or a directory above it. */
  ignoredBy(file: string): string | undefined;
}

export interface DiscoveryOptions {
  readonly cwd: string;
  readonly config: ConfigPatterns;
  /** `--ignore-pattern` globs, relative to `cwd`. */
  readonly ignorePatterns: readonly string[];
  /** Leave out what `.gitignore` files (and `.git/info/exclude`) leave out of the repository. */
  readonly gitignore: boolean;
  /** Files named on the command line that are not jobspecs (by name or content) are left out, as in a search. */
  readonly skipNonJobspecs: boolean;
}

export interface CollectedInputs {
  readonly files: InputFile[];
  readonly problems: SearchProblem[];
  /** Files named on the command line that an ignore pattern left out, with why. */
  readonly ignored: { readonly path: string; readonly why: string }[];
}

const GLOB = /[*?[\]{}]/;

/** One ignore file's rules, with the directory its patterns are relative to. */
interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * The `.gitignore` rules of the repositories being searched: each directory's own file and
 * those of the directories above it up to the repository root, and `.git/info/exclude`. As
 * in git, a deeper file's patterns (`!` ones too) win over those above it.
 */
class GitIgnores {
  readonly #byDir = new Map<string, readonly IgnoreLayer[] | null>();

  /** Whether `file` (a directory with `dir`) is left out of its repository. */
  ignored(file: string, dir: boolean): boolean {
    const layers = this.#layers(path.dirname(file));
    if (layers === null) return false;
    let out = false;
    for (const layer of layers) {
      const rel = path.relative(layer.base, file).split(path.sep).join("/");
      if (rel === "" || rel.startsWith("../")) continue;
      const verdict = layer.rules.test(dir ? `${rel}/` : rel);
      if (verdict.ignored) out = true;
      else if (verdict.unignored) out = false;
    }
    return out;
  }

  /** The layers that apply to the entries of `dir`, outermost first; null outside a repository. */
  #layers(dir: string): readonly IgnoreLayer[] | null {
    const known = this.#byDir.get(dir);
    if (known !== undefined) return known;
    let layers: IgnoreLayer[] | null;
    if (existsSync(childPath(dir, ".git"))) {
      layers = [];
      const exclude = readRules(path.join(dir, ".git", "info", "exclude"));
      if (exclude !== undefined) layers.push({ base: dir, rules: exclude });
    } else {
      const parent = path.dirname(dir);
      const outer = parent === dir ? null : this.#layers(parent);
      layers = outer === null ? null : [...outer];
    }
    if (layers !== null) {
      const own = readRules(childPath(dir, ".gitignore"));
      if (own !== undefined) layers.push({ base: dir, rules: own });
    }
    this.#byDir.set(dir, layers);
    return layers;
  }
}

/** The rules of one ignore file; a file that is not a small regular file is not read. */
function readRules(file: string): Ignore | undefined {
  try {
    return createIgnore().add(readSmallFile(file, 1024 * 1024));
  } catch {
    return undefined;
  }
}

/**
 * Expands the command line's paths into files: named files as they are (whatever their
 * name), directories searched recursively for jobspecs by name and by content, glob
 * patterns expanded as a search of their base directory. A search skips node_modules and
 * .git, what ignore patterns and .gitignore leave out, and directories and files reached
 * through a link that leads outside the searched roots (or into a directory already
 * searched). A path that does not exist is a usage error.
 */
export function collectInputs(paths: readonly string[], options: DiscoveryOptions): CollectedInputs {
  const { cwd } = options;
  const files: InputFile[] = [];
  const problems: SearchProblem[] = [];
  const ignored: { path: string; why: string }[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const git = options.gitignore ? new GitIgnores() : undefined;
  const cliIgnore = options.ignorePatterns.length === 0 ? undefined : picomatch(options.ignorePatterns.flatMap((p) => [p.replace(/^\.\//, ""), `${p.replace(/^\.\//, "").replace(/\/$/, "")}/**`]), { dot: true });
  const cliIgnores = (file: string) => {
    if (cliIgnore === undefined) return false;
    const rel = path.relative(cwd, file).split(path.sep).join("/");
    return rel !== "" && !rel.startsWith("../") && cliIgnore(rel);
  };
  /** Why an ignore pattern leaves a file out, if one does; .gitignore only in searches. */
  const whyIgnored = (file: string, dir: boolean, searched: boolean): string | undefined => {
    if (cliIgnores(file)) return "an --ignore-pattern";
    const config = options.config.ignoredBy(file);
    if (config !== undefined) return `an ignores entry in ${path.relative(cwd, config) || config}`;
    if (searched && git?.ignored(file, dir) === true) return ".gitignore";
    return undefined;
  };

  const addFile = (file: string, explicit: boolean, stat?: Stats) => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    files.push(stat === undefined ? { path: file, explicit } : { path: file, explicit, stat });
  };
  /** Whether a file a search found (or a glob matched) is a jobspec to lint. */
  const accepts = (file: string, name: string): boolean =>
    isJobspecName(name) || options.config.includes(file) || (isCandidateName(name) && holdsJob(file));

  /** Searches a directory tree; `real` is its real path, `roots` the real paths links may lead into. */
  const search = (start: string, startReal: string, roots: readonly string[], keep: (file: string) => boolean) => {
    const stack: [string, string][] = [[start, startReal]];
    // Directories reached through links come last: one also reached without a link is searched under its own path.
    const linked: [string, string][] = [];
    while (stack.length > 0 || linked.length > 0) {
      const [dir, real] = stack.length > 0 ? stack.pop()! : linked.shift()!;
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        problems.push({ path: dir, message: describeFsError(error) });
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: [string, string][] = [];
      const links: [string, string][] = [];
      for (const entry of entries) {
        const full = childPath(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let target = childPath(real, entry.name);
        if (entry.isSymbolicLink()) {
          try {
            target = realpathSync.native(full);
            const st = statSync(target);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue;
          }
          // A link is followed only into the trees being searched: never out of them.
          if (!roots.some((r) => target === r || target.startsWith(r.endsWith("/") ? r : `${r}/`))) continue;
        }
        if (isDir) {
          if (!SKIPPED_DIRS.has(entry.name) && whyIgnored(full, true, true) === undefined) (entry.isSymbolicLink() ? links : subdirs).push([full, target]);
        } else if (isFile && whyIgnored(full, false, true) === undefined && keep(full) && accepts(full, entry.name)) {
          addFile(full, false);
        }
      }
      // Depth first, in name order: the stack takes the last pushed first.
      stack.push(...subdirs.reverse());
      linked.push(...links);
    }
  };

  const rootsOf = (dir: string): string[] => {
    try {
      return [realpathSync.native(dir)];
    } catch {
      return [dir];
    }
  };

  for (const p of paths) {
    const full = isResolvedPath(p) ? p : path.resolve(cwd, p);
    let st: Stats | undefined;
    try {
      st = statSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code === "ENOENT" || code === "ENOTDIR") && GLOB.test(p)) {
        expandGlob(p);
        continue;
      }
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such file or directory: ${p}`);
      throw new UsageError(`cannot read ${p}: ${describeFsError(error)}`);
    }
    if (st.isDirectory()) {
      const roots = rootsOf(full);
      search(full, roots[0]!, roots, () => true);
      continue;
    }
    const why = whyIgnored(full, false, false);
    if (why !== undefined) ignored.push({ path: full, why });
    else if (!options.skipNonJobspecs || accepts(full, path.basename(full))) addFile(full, true, st);
  }

  function expandGlob(pattern: string): void {
    const absolute = path.isAbsolute(pattern);
    const scan = picomatch.scan(pattern);
    const base = path.resolve(cwd, scan.base === "" ? "." : scan.base);
    if (!existsSync(base) || !statSync(base).isDirectory()) return;
    const matcher = picomatch(absolute ? pattern : path.relative(cwd, path.resolve(cwd, pattern)).split(path.sep).join("/"), { dot: false });
    const roots = rootsOf(base);
    search(base, roots[0]!, roots, (file) => matcher(absolute ? file : path.relative(cwd, file).split(path.sep).join("/")));
  }

  return { files, problems, ignored };
}
