import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { compileGo, replaceAllGo } from "./re2.js";
import type { Version } from "../util/nomad-version.js";
import type { EvalBudget } from "./budget.js";
import {
  EvalError,
  Unknown,
  describe,
  equal,
  isObject,
  numberToString,
  toBool,
  toList,
  toNum,
  toObject,
  toStr,
  typeName,
  type Value,
  type ValueObject,
} from "./value.js";

/** Where filesystem functions may read: below `baseDir`, and only when allowed. */
export interface FunctionContext {
  /** The directory of the jobspec; undefined for standard input without a name. */
  readonly baseDir: string | undefined;
  readonly allowFs: boolean;
  /** Called when a function reads the filesystem (results then depend on more than the file). */
  readonly onRead?: (read: FsRead) => void;
  /** The target Nomad version, when the user gave one: functions it no longer has are unknown. */
  readonly target?: Version | undefined;
  /** What evaluating the file may still cost; a scope gives a context without one a budget of its own. */
  readonly budget?: EvalBudget;
}

/** A function's context as a scope hands it over: always with a budget. */
export type BudgetedContext = FunctionContext & { readonly budget: EvalBudget };

/** Functions Nomad's parser no longer has, with the first version without them. */
export const REMOVED_FUNCTIONS: Readonly<Record<string, string>> = { md5: "2.0.5", sha1: "2.0.5" };

/**
 * One filesystem function call and a digest of its outcome: a result that depends on it
 * stays valid while the same call gives the same outcome (see isFsReadCurrent).
 */
export interface FsRead {
  readonly fn: string;
  readonly base: string;
  readonly args: readonly string[];
  readonly digest: string;
}

export type Fn = (args: Value[], ctx: BudgetedContext) => Value;

/** Largest collection a function builds; larger results are left unknown. */
export const MAX_ITEMS = 10_000;
/** Longest string a function builds. */
export const MAX_STRING = 1 << 20;
const MAX_FILE_BYTES = 1 << 20;

function arity(name: string, args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${name}() takes ${want} argument${want === "1" ? "" : "s"}, got ${args.length}`);
  }
}

const str1 = (name: string, f: (s: string) => Value): Fn => (a) => {
  arity(name, a, 1);
  return f(toStr(a[0]!, `argument of ${name}()`));
};

function sortedKeys(o: ValueObject): string[] {
  return Object.keys(o).sort();
}

function distinct(list: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of list) if (!out.some((y) => equal(x, y))) out.push(x);
  return out;
}

function flatten(list: Value[]): Value[] {
  return list.flatMap((x) => (Array.isArray(x) ? flatten(x) : [x]));
}

function format(fmt: string, args: Value[]): string {
  let i = 0;
  return fmt.replace(/%(?:\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, (all, pos?: string, flags = "", width?: string, prec?: string, verb = "") => {
    if (verb === "%") return "%";
    const index = pos === undefined ? i++ : Number(pos) - 1;
    if (index >= args.length) throw new EvalError(`format(): not enough arguments for ${all}`);
    const v = args[index]!;
    let out: string;
    switch (verb) {
      case "s":
        out = toStr(v);
        break;
      case "q":
        out = JSON.stringify(toStr(v));
        break;
      case "d":
        out = numberToString(Math.trunc(toNum(v)));
        break;
      case "f":
        if (prec !== undefined && Number(prec) > 100) throw new EvalError(`format(): precision ${prec} in ${all} is too large`);
        out = toNum(v).toFixed(prec === undefined ? 6 : Number(prec));
        break;
      case "g":
        out = String(toNum(v));
        break;
      case "t":
        out = String(toBool(v));
        break;
      case "v":
      case "#v":
        out = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? toStr(v) : JSON.stringify(v);
        break;
      case "x":
        out = typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(toStr(v)).toString("hex");
        break;
      case "X":
        out = (typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(toStr(v)).toString("hex")).toUpperCase();
        break;
      default:
        throw new EvalError(`format(): unsupported verb %${verb}`);
    }
    if (flags.includes("+") && (verb === "d" || verb === "f") && !out.startsWith("-")) out = "+" + out;
    // A width beyond any string the budget allows, or a precision toFixed refuses, is the user's.
    if (width !== undefined && Number(width) > MAX_STRING) throw new EvalError(`format(): width ${width} in ${all} is too large`);
    if (width !== undefined && out.length < Number(width)) {
      const pad = flags.includes("0") && !flags.includes("-") ? "0" : " ";
      out = flags.includes("-") ? out.padEnd(Number(width)) : out.padStart(Number(width), pad);
    }
    return out;
  });
}

function yamlScalar(v: Value): string {
  if (typeof v === "string") return /^[\w./-]+$/.test(v) && !/^(true|false|null|~|[-\d.]+)$/i.test(v) ? v : JSON.stringify(v);
  return v === null ? "null" : String(v);
}

function yaml(v: Value, indent: string): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return v.map((x) => `\n${indent}- ${Array.isArray(x) || isObject(x) ? yaml(x, indent + "  ").trimStart() : yamlScalar(x)}`).join("");
  }
  if (isObject(v)) {
    const keys = sortedKeys(v);
    if (keys.length === 0) return "{}";
    return keys
      .map((k) => {
        const x = v[k]!;
        const inner = Array.isArray(x) || isObject(x) ? yaml(x, indent + "  ") : ` ${yamlScalar(x)}`;
        return `\n${indent}${yamlScalar(k)}:${inner.startsWith("\n") ? inner : inner}`;
      })
      .join("");
  }
  return yamlScalar(v);
}

function within(base: string, p: string): string | undefined {
  const resolved = path.resolve(base, p);
  let real: string;
  try {
    real = existsSync(resolved) ? realpathSync(resolved) : resolved;
  } catch {
    return undefined;
  }
  const realBase = realpathSync(base);
  return real === realBase || real.startsWith(realBase + path.sep) ? real : undefined;
}

/**
 * A filesystem function: unknown when filesystem functions are off or the input has no
 * directory, and for paths that resolve (through symlinks too) outside the jobspec's directory.
 */
function fsFn(name: string, min: number, max: number, f: (base: string, args: string[]) => Value): Fn {
  FS_CALLS.set(name, f);
  return (a, ctx) => {
    arity(name, a, min, max);
    const args = a.map((x, i) => toStr(x, `argument ${i + 1} of ${name}()`));
    if (!ctx.allowFs) return new Unknown(`${name}() is not evaluated: filesystem functions are off (--no-fs-functions)`);
    if (ctx.baseDir === undefined) return new Unknown(`${name}() is not evaluated for standard input without --stdin-filename`);
    const outcome = callFs(f, ctx.baseDir, args);
    ctx.onRead?.({ fn: name, base: ctx.baseDir, args, digest: outcome.digest });
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  };
}

const FS_CALLS = new Map<string, (base: string, args: string[]) => Value>();

function callFs(f: (base: string, args: string[]) => Value, base: string, args: string[]): { value: Value; digest: string } | { error: unknown; digest: string } {
  const hash = createHash("sha256");
  try {
    const value = f(base, args);
    hash.update(value instanceof Unknown ? `unknown\0${value.reason}` : `value\0${JSON.stringify(value)}`);
    return { value, digest: hash.digest("hex") };
  } catch (error) {
    hash.update(`error\0${error instanceof Error ? error.message : String(error)}`);
    return { error, digest: hash.digest("hex") };
  }
}

/** Whether a recorded filesystem call still gives the same outcome. */
export function isFsReadCurrent(read: FsRead): boolean {
  const f = FS_CALLS.get(read.fn);
  return f !== undefined && callFs(f, read.base, [...read.args]).digest === read.digest;
}

function readInside(name: string, base: string, p: string): Buffer | Unknown {
  const real = within(base, p);
  if (real === undefined) return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
  let st;
  try {
    st = statSync(real);
  } catch {
    // Nomad's docs and code disagree on the base directory (working directory or the
    // jobspec's): a missing file is left unknown rather than called an error.
    return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: no such file below the jobspec's directory`);
  }
  if (!st.isFile()) throw new EvalError(`${name}(): ${JSON.stringify(p)} is not a regular file`);
  if (st.size > MAX_FILE_BYTES) return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: the file is larger than 1 MiB`);
  return readFileSync(real);
}

function walkFiles(dir: string, prefix: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (out.length > MAX_ITEMS) return;
    const rel = prefix === "" ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) walkFiles(path.join(dir, e.name), rel, out);
    else if (e.isFile()) out.push(rel);
  }
}

function rangeFn(a: Value[]): Value {
  arity("range", a, 1, 3);
  const n = a.map((x) => toNum(x, "argument of range()"));
  const [start, end, step] = n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? (n[1]! >= n[0]! ? 1 : -1)];
  if (step === 0) throw new EvalError("range(): step must not be zero");
  const count = Math.max(0, Math.ceil((end - start) / step));
  if (count > MAX_ITEMS) return new Unknown(`range() of ${count} items is not evaluated`);
  return Array.from({ length: count }, (_, i) => start + i * step);
}

function hash(algorithm: string): Fn {
  return str1(algorithm, (s) => createHash(algorithm).update(s).digest("hex"));
}

/** Functions evaluated by the linter, by Nomad's names (jobspec2/functions.go). */
export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  // strings
  upper: str1("upper", (s) => s.toUpperCase()),
  lower: str1("lower", (s) => s.toLowerCase()),
  title: str1("title", (s) => s.replace(/(^|[^\p{L}\p{N}])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())),
  trimspace: str1("trimspace", (s) => s.trim()),
  chomp: str1("chomp", (s) => s.replace(/(\r?\n)+$/, "")),
  strrev: str1("strrev", (s) => [...s].reverse().join("")),
  strlen: str1("strlen", (s) => [...s].length),
  trim: (a) => {
    arity("trim", a, 2);
    const chars = [...toStr(a[1]!)];
    let s = toStr(a[0]!);
    while (s.length > 0 && chars.includes(s[0]!)) s = s.slice(1);
    while (s.length > 0 && chars.includes(s[s.length - 1]!)) s = s.slice(0, -1);
    return s;
  },
  trimprefix: (a) => {
    arity("trimprefix", a, 2);
    const s = toStr(a[0]!);
    const p = toStr(a[1]!);
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimsuffix: (a) => {
    arity("trimsuffix", a, 2);
    const s = toStr(a[0]!);
    const p = toStr(a[1]!);
    return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  substr: (a) => {
    arity("substr", a, 3);
    const chars = [...toStr(a[0]!)];
    let offset = toNum(a[1]!);
    const length = toNum(a[2]!);
    if (offset < 0) offset = chars.length + offset;
    return chars.slice(offset, length < 0 ? undefined : offset + length).join("");
  },
  indent: (a, ctx) => {
    arity("indent", a, 2);
    const width = Math.max(0, Math.trunc(toNum(a[0]!)));
    const s = toStr(a[1]!);
    const lines = s.split("\n").length;
    // One line takes no indent, whatever the width.
    if (lines === 1) return s;
    ctx.budget.string(s.length + width * (lines - 1));
    const pad = " ".repeat(width);
    return s.replace(/\n/g, `\n${pad}`);
  },
  join: (a, ctx) => {
    arity("join", a, 2, Infinity);
    const sep = toStr(a[0]!);
    const parts = a
      .slice(1)
      .flatMap((l) => toList(l, "argument of join()"))
      .map((x) => toStr(x, "element of join()"));
    ctx.budget.string(parts.reduce((n, p) => n + p.length + sep.length, 0));
    return parts.join(sep);
  },
  split: (a) => (arity("split", a, 2), toStr(a[1]!).split(toStr(a[0]!))),
  replace: (a, ctx) => {
    arity("replace", a, 3);
    const s = toStr(a[0]!);
    const sub = toStr(a[1]!);
    const rep = toStr(a[2]!);
    if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) return replaceAllGo(compileGo(sub.slice(1, -1), "replace"), s, rep, MAX_STRING);
    const pieces = s.split(sub);
    ctx.budget.string(s.length + (pieces.length - 1) * rep.length);
    return pieces.join(rep);
  },
  regex_replace: (a) => (arity("regex_replace", a, 3), replaceAllGo(compileGo(toStr(a[1]!), "regex_replace"), toStr(a[0]!), toStr(a[2]!), MAX_STRING)),
  format: (a) => (arity("format", a, 1, Infinity), format(toStr(a[0]!), a.slice(1))),
  formatlist: (a, ctx) => {
    arity("formatlist", a, 1, Infinity);
    const lists = a.slice(1).filter(Array.isArray) as Value[][];
    const n = lists.length === 0 ? 1 : lists[0]!.length;
    if (lists.some((l) => l.length !== n)) throw new EvalError("formatlist(): all lists must have the same length");
    ctx.budget.items(n);
    return Array.from({ length: n }, (_, i) => format(toStr(a[0]!), a.slice(1).map((x) => (Array.isArray(x) ? x[i]! : x))));
  },
  // collections
  length: (a) => {
    arity("length", a, 1);
    const v = a[0]!;
    if (typeof v === "string") return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError(`length() of a ${typeName(v)}`);
  },
  concat: (a) => a.flatMap((l) => toList(l, "argument of concat()")),
  contains: (a) => (arity("contains", a, 2), toList(a[0]!).some((x) => equal(x, a[1]!))),
  distinct: (a) => (arity("distinct", a, 1), distinct(toList(a[0]!))),
  flatten: (a) => (arity("flatten", a, 1), flatten(toList(a[0]!))),
  element: (a) => {
    arity("element", a, 2);
    const l = toList(a[0]!);
    if (l.length === 0) throw new EvalError("element() of an empty list");
    const i = Math.trunc(toNum(a[1]!));
    if (i < 0) throw new EvalError("element(): index must not be negative");
    return l[i % l.length]!;
  },
  index: (a) => {
    arity("index", a, 2);
    const i = toList(a[0]!).findIndex((x) => equal(x, a[1]!));
    if (i === -1) throw new EvalError("index(): item not found");
    return i;
  },
  keys: (a) => (arity("keys", a, 1), sortedKeys(toObject(a[0]!))),
  values: (a) => {
    arity("values", a, 1);
    const o = toObject(a[0]!);
    return sortedKeys(o).map((k) => o[k]!);
  },
  lookup: (a) => {
    arity("lookup", a, 2, 3);
    const o = toObject(a[0]!);
    const k = toStr(a[1]!);
    if (k in o) return o[k]!;
    if (a.length === 3) return a[2]!;
    throw new EvalError(`lookup(): no key ${JSON.stringify(k)}`);
  },
  merge: (a) => {
    const out: ValueObject = {};
    for (const x of a) if (x !== null) Object.assign(out, toObject(x, "argument of merge()"));
    return out;
  },
  range: rangeFn,
  // Nomad binds reverse to the string function strrev is (cty's stdlib.ReverseFunc).
  reverse: str1("reverse", (s) => [...s].reverse().join("")),
  slice: (a) => {
    arity("slice", a, 3);
    const l = toList(a[0]!);
    const from = toNum(a[1]!);
    const to = toNum(a[2]!);
    if (from < 0 || to > l.length || from > to) throw new EvalError("slice(): index out of range");
    return l.slice(from, to);
  },
  sort: (a) => (arity("sort", a, 1), toList(a[0]!).map((x) => toStr(x)).sort()),
  zipmap: (a) => {
    arity("zipmap", a, 2);
    const k = toList(a[0]!);
    const v = toList(a[1]!);
    if (k.length !== v.length) throw new EvalError("zipmap(): lists of different lengths");
    const out: ValueObject = {};
    k.forEach((key, i) => (out[toStr(key)] = v[i]!));
    return out;
  },
  coalesce: (a) => {
    const found = a.find((x) => x !== null && x !== "");
    if (found === undefined) throw new EvalError("coalesce(): no non-null, non-empty argument");
    return found;
  },
  coalescelist: (a) => {
    const found = a.find((x) => Array.isArray(x) && x.length > 0);
    if (found === undefined) throw new EvalError("coalescelist(): no non-empty list");
    return found;
  },
  compact: (a) => (arity("compact", a, 1), toList(a[0]!).filter((x) => x !== null && x !== "")),
  chunklist: (a) => {
    arity("chunklist", a, 2);
    const l = toList(a[0]!);
    const size = toNum(a[1]!);
    if (size <= 0) return [l];
    const out: Value[] = [];
    for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
    return out;
  },
  setunion: (a) => distinct(a.flatMap((l) => toList(l))),
  setintersection: (a) => {
    arity("setintersection", a, 1, Infinity);
    const [first, ...rest] = a.map((l) => toList(l));
    return distinct(first!.filter((x) => rest.every((l) => l.some((y) => equal(x, y)))));
  },
  // numbers
  abs: (a) => (arity("abs", a, 1), Math.abs(toNum(a[0]!))),
  ceil: (a) => (arity("ceil", a, 1), Math.ceil(toNum(a[0]!))),
  floor: (a) => (arity("floor", a, 1), Math.floor(toNum(a[0]!))),
  signum: (a) => (arity("signum", a, 1), Math.sign(toNum(a[0]!))),
  log: (a) => (arity("log", a, 2), Math.log(toNum(a[0]!)) / Math.log(toNum(a[1]!))),
  pow: (a) => (arity("pow", a, 2), Math.pow(toNum(a[0]!), toNum(a[1]!))),
  max: (a) => (arity("max", a, 1, Infinity), Math.max(...a.map((x) => toNum(x)))),
  min: (a) => (arity("min", a, 1, Infinity), Math.min(...a.map((x) => toNum(x)))),
  parseint: (a) => {
    arity("parseint", a, 2);
    const base = toNum(a[1]!);
    const s = toStr(a[0]!);
    const n = parseInt(s, base);
    if (Number.isNaN(n) || !new RegExp(`^[-+]?[0-9a-z]+$`, "i").test(s)) throw new EvalError(`parseint(): cannot parse ${describe(s)} in base ${base}`);
    return n;
  },
  // encoding
  base64encode: str1("base64encode", (s) => Buffer.from(s, "utf8").toString("base64")),
  base64decode: str1("base64decode", (s) => Buffer.from(s, "base64").toString("utf8")),
  urlencode: str1("urlencode", (s) => encodeURIComponent(s).replace(/%20/g, "+")),
  jsonencode: (a) => (arity("jsonencode", a, 1), JSON.stringify(a[0])),
  jsondecode: (a, ctx) => {
    arity("jsondecode", a, 1);
    let v: Value;
    try {
      v = JSON.parse(toStr(a[0]!, "argument of jsondecode()")) as Value;
    } catch {
      throw new EvalError("jsondecode(): invalid JSON");
    }
    ctx.budget.depth(v);
    return v;
  },
  yamlencode: (a) => (arity("yamlencode", a, 1), yaml(a[0]!, "").replace(/^\n/, "") + "\n"),
  md5: hash("md5"),
  sha1: hash("sha1"),
  sha256: hash("sha256"),
  sha512: hash("sha512"),
  // filesystem (guarded like Nomad's guardFS, and confined to the jobspec's directory)
  file: fsFn("file", 1, 1, (base, [p]) => {
    const b = readInside("file", base, p!);
    return b instanceof Unknown ? b : b.toString("utf8");
  }),
  filebase64: fsFn("filebase64", 1, 1, (base, [p]) => {
    const b = readInside("filebase64", base, p!);
    return b instanceof Unknown ? b : b.toString("base64");
  }),
  fileexists: fsFn("fileexists", 1, 1, (base, [p]) => {
    const real = within(base, p!);
    if (real === undefined) return new Unknown(`fileexists(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
    return existsSync(real) && statSync(real).isFile();
  }),
  fileset: fsFn("fileset", 2, 2, (base, [p, pattern]) => {
    const real = within(base, p!);
    if (real === undefined || !existsSync(real)) return new Unknown(`fileset(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
    const all: string[] = [];
    walkFiles(real, "", all);
    if (all.length > MAX_ITEMS) return new Unknown("fileset() matched too many files to evaluate");
    const match = picomatch(pattern!, { dot: false });
    return all.filter((f) => match(f)).sort();
  }),
  basename: str1("basename", (s) => path.posix.basename(s)),
  dirname: str1("dirname", (s) => path.posix.dirname(s)),
};

/** Functions Nomad has that the linter leaves unknown (time, randomness, crypto keys, networks). */
export const NOT_EVALUATED: ReadonlySet<string> = new Set([
  "abspath",
  "pathexpand",
  "bcrypt",
  "uuidv4",
  "uuidv5",
  "rsadecrypt",
  "formatdate",
  "timeadd",
  "cidrhost",
  "cidrnetmask",
  "cidrsubnet",
  "cidrsubnets",
  "csvdecode",
  "yamldecode",
  "setproduct",
]);
