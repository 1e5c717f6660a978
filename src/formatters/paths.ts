import path from "node:path";

/** A path relative to `root` with forward slashes, or undefined when it lies outside `root`. */
export function relativeTo(root: string, file: string): string | undefined {
  if (file.startsWith("<")) return undefined;
  const rel = path.relative(root, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}
