/** A Nomad version as major, minor, patch. */
export type Version = readonly [number, number, number];

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/;

/** Parses `1.8`, `1.8.3`, `v1.9.0-beta.1` (pre-release and build suffixes are ignored). */
export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  if (m === null) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function formatVersion(v: Version): string {
  return v.join(".");
}

/** True when `v` is at least `min` (a version text like "1.7.0"). */
export function atLeast(v: Version, min: string): boolean {
  return compareVersions(v, parseVersion(min)!) >= 0;
}
