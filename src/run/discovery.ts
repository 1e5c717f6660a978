import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import { UsageError } from "../util/errors.js";
import { describeFsError } from "../util/fs.js";
import { childPath, isResolvedPath } from "../util/paths.js";

/** Directory names never searched. */
export const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

/** File names a directory search picks up: HCL jobspecs and API JSON jobs. */
export function isJobspecName(name: string): boolean {
  return name.endsWith(".nomad") || name.endsWith(".nomad.hcl") || name.endsWith(".nomad.json");
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

export interface CollectedInputs {
  readonly files: InputFile[];
  readonly problems: SearchProblem[];
}

/**
 * Expands paths into files: named files as they are (whatever their extension), directories
 * searched recursively for jobspec names, skipping node_modules and .git and never entering
 * a directory twice (symlink loops). A path that does not exist is a usage error.
 */
export function collectInputs(paths: readonly string[], cwd: string): CollectedInputs {
  const files: InputFile[] = [];
  const problems: SearchProblem[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (file: string, explicit: boolean, stat?: Stats) => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    files.push(stat === undefined ? { path: file, explicit } : { path: file, explicit, stat });
  };

  const walk = (dir: string) => {
    let real: string;
    try {
      // The system's realpath: one call, where the JavaScript one looks up every component of
      // the path, for every directory of the walk.
      real = realpathSync.native(dir);
    } catch (error) {
      problems.push({ path: dir, message: describeFsError(error) });
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, message: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = childPath(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (isFile && isJobspecName(entry.name)) {
        addFile(full, false);
      }
    }
  };

  for (const p of paths) {
    const full = isResolvedPath(p) ? p : path.resolve(cwd, p);
    let st;
    try {
      st = statSync(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such file or directory: ${p}`);
      throw new UsageError(`cannot read ${p}: ${describeFsError(error)}`);
    }
    if (st.isDirectory()) walk(full);
    else addFile(full, true, st);
  }
  return { files, problems };
}

