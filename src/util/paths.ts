import path from "node:path";

/** A path relative to `root` with forward slashes, or undefined when it lies outside `root`. */
export function relativeTo(root: string, file: string): string | undefined {
  if (file.startsWith("<")) return undefined;
  const rel = path.relative(root, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

/**
 * Whether `p` is an absolute path that path.resolve would return unchanged (POSIX only): no
 * empty, `.` or `..` segment, no trailing separator. Paths named by the thousand (a CI job's
 * file list) skip the resolve, which costs microseconds per call before V8 optimizes it.
 */
export function isResolvedPath(p: string): boolean {
  return path.sep === "/" && p.startsWith("/") && !/\/\/|\/\.\.?(?:\/|$)|.\/$/.test(p);
}

/**
 * `path.join(dir, name)` for a name without separators (a directory entry): joined as text
 * when `dir` is already absolute and normal, as it is for every directory a run walks (a
 * cold `path.join` costs microseconds, once per file found and twice per directory looked
 * up for configuration).
 */
export function childPath(dir: string, name: string): string {
  if (!isResolvedPath(dir)) return path.join(dir, name);
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** Whether `p` is `dir` or lies below it. */
export function isWithin(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** The path to show for a file: relative to `cwd` when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  if (file.startsWith("<")) return file;
  const rel = path.relative(cwd, file);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
}
