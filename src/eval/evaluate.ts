import type { Expr, TemplatePart } from "./ast.js";
import { convert as convertTo, typeFromExpr } from "./types.js";
import { EvalBudget } from "./budget.js";
import { FUNCTIONS, MAX_ITEMS, NOT_EVALUATED, REMOVED_FUNCTIONS, type BudgetedContext, type FunctionContext } from "./functions.js";
import { atLeast, formatVersion } from "../util/nomad-version.js";
import {
  EvalError,
  Unknown,
  equal,
  findUnknown,
  isObject,
  toBool,
  toNum,
  toStr,
  typeName,
  type Value,
  type ValueObject,
} from "./value.js";

/** The parse-time roots: `var` and `local`, resolved lazily by the owner of the scope. */
export interface RootResolver {
  variable(name: string): Value;
  local(name: string): Value;
  allVariables(): ValueObject;
  allLocals(): ValueObject;
  /** Where references are not allowed at all (variable values): throws instead of leaving them unknown. */
  readonly noReferences?: boolean;
}

/** Names in scope (iterators of dynamic blocks, for-expression variables) over the roots. */
export class Scope {
  readonly fn: BudgetedContext;

  constructor(
    readonly roots: RootResolver,
    fn: FunctionContext,
    readonly names: ReadonlyMap<string, Value> = new Map(),
    readonly parent?: Scope,
  ) {
    this.fn = fn.budget !== undefined ? (fn as BudgetedContext) : { ...fn, budget: new EvalBudget() };
  }

  with(names: ReadonlyMap<string, Value>): Scope {
    return new Scope(this.roots, this.fn, names, this);
  }

  /** The value of a name in scope; undefined when no scope defines it (values are never undefined). */
  lookup(name: string): Value | undefined {
    for (let s: Scope | undefined = this; s !== undefined; s = s.parent) {
      if (s.names.has(name)) return s.names.get(name);
    }
    return undefined;
  }
}

/** Roots Nomad leaves for run time (its UndefinedVariable hook re-emits them as `${...}`). */
function runtime(name: string, scope: Scope): Unknown {
  if (scope.roots.noReferences === true) throw new EvalError(`references such as ${name} are not allowed in a variable value`);
  return new Unknown(`${name} is only known when the job runs`, false, `\${${name}}`);
}

/** A runtime reference one step longer (`${node.unique}` to `${node.unique.name}`), as Nomad keeps it. */
function longer(u: Unknown, step: string): Unknown {
  return u.kept === undefined || !u.kept.endsWith("}") ? u : new Unknown(u.reason.replace(/^\S+/, `${u.kept.slice(2, -1)}${step}`), false, `${u.kept.slice(0, -1)}${step}}`);
}

function first(v: Value[]): Unknown | undefined {
  for (const x of v) if (x instanceof Unknown) return x;
  return undefined;
}

/**
 * Evaluates an expression; throws EvalError where Nomad's parser would fail too, and
 * EvalLimitError when the file's evaluation budget is spent.
 */
export function evaluate(e: Expr, scope: Scope): Value {
  const budget = scope.fn.budget;
  budget.enter();
  try {
    const v = evaluateIn(e, scope);
    budget.value(v);
    return v;
  } finally {
    budget.leave();
  }
}

function evaluateIn(e: Expr, scope: Scope): Value {
  switch (e.t) {
    case "lit":
      return e.v;
    case "template":
      return template(e.parts, scope);
    case "var":
      return variable(e.name, scope);
    case "attr":
    case "index":
      return traverse(e, scope);
    case "splat": {
      const src = evaluate(e.obj, scope);
      if (src instanceof Unknown) return src;
      const list = src === null ? [] : Array.isArray(src) ? src : [src];
      return list.map((item) => {
        let v: Value = item;
        for (const step of e.each) {
          if (v instanceof Unknown) return v;
          v = step.t === "attr" ? getAttr(v, step.name) : getIndex(v, evaluate(step.key, scope));
        }
        return v;
      });
    }
    case "call":
      return call(e, scope);
    case "tuple":
      return e.items.map((x) => evaluate(x, scope));
    case "object": {
      const out: ValueObject = {};
      for (const { key, value } of e.items) {
        const k = evaluate(key, scope);
        if (k instanceof Unknown) return k;
        out[toStr(k, "object key")] = evaluate(value, scope);
      }
      return out;
    }
    case "for":
      return forExpr(e, scope);
    case "cond": {
      const c = evaluate(e.c, scope);
      if (c instanceof Unknown) return c;
      return toBool(c, "condition") ? evaluate(e.a, scope) : evaluate(e.b, scope);
    }
    case "unary": {
      const v = evaluate(e.e, scope);
      if (v instanceof Unknown) return v;
      return e.op === "-" ? -toNum(v) : !toBool(v);
    }
    case "binary": {
      const l = evaluate(e.l, scope);
      const r = evaluate(e.r, scope);
      if (e.op === "==" || e.op === "!=") {
        const u = findUnknown(l) ?? findUnknown(r);
        if (u) return u;
        return e.op === "==" ? equal(l, r) : !equal(l, r);
      }
      if (l instanceof Unknown) return l;
      if (r instanceof Unknown) return r;
      switch (e.op) {
        case "&&":
          return toBool(l) && toBool(r);
        case "||":
          return toBool(l) || toBool(r);
        case "<":
          return toNum(l) < toNum(r);
        case "<=":
          return toNum(l) <= toNum(r);
        case ">":
          return toNum(l) > toNum(r);
        case ">=":
          return toNum(l) >= toNum(r);
        case "+":
          return toNum(l) + toNum(r);
        case "-":
          return toNum(l) - toNum(r);
        case "*":
          return toNum(l) * toNum(r);
        case "/": {
          const d = toNum(r);
          if (d === 0) throw new EvalError("division by zero");
          return toNum(l) / d;
        }
        case "%": {
          const d = toNum(r);
          if (d === 0) throw new EvalError("modulo by zero");
          return toNum(l) % d;
        }
      }
    }
  }
}

function variable(name: string, scope: Scope): Value {
  const local = scope.lookup(name);
  if (local !== undefined) return local;
  if (name === "var") return scope.roots.allVariables();
  if (name === "local") return scope.roots.allLocals();
  return runtime(name, scope);
}

/** `var.x`, `local.y` and traversals of runtime roots get their own handling. */
function traverse(e: Expr & { t: "attr" | "index" }, scope: Scope): Value {
  const base = e.obj;
  if (base.t === "var" && scope.lookup(base.name) === undefined) {
    if (base.name === "var" || base.name === "local") {
      const key = e.t === "attr" ? e.name : evaluate(e.key, scope);
      if (key instanceof Unknown) return key;
      const name = toStr(key, "variable name");
      return base.name === "var" ? scope.roots.variable(name) : scope.roots.local(name);
    }
    if (e.t === "attr") return runtime(`${base.name}.${e.name}`, scope);
    const key = evaluate(e.key, scope);
    return runtime(`${base.name}[${typeof key === "string" || typeof key === "number" ? JSON.stringify(key) : "..."}]`, scope);
  }
  const obj = evaluate(base, scope);
  if (obj instanceof Unknown) {
    if (e.t === "attr") return longer(obj, `.${e.name}`);
    const key = evaluate(e.key, scope);
    return typeof key === "string" ? longer(obj, `[${JSON.stringify(key)}]`) : typeof key === "number" ? longer(obj, `[${key}]`) : obj;
  }
  return e.t === "attr" ? getAttr(obj, e.name) : getIndex(obj, evaluate(e.key, scope));
}

function getAttr(obj: Value, name: string): Value {
  if (obj instanceof Unknown) return obj;
  if (isObject(obj)) {
    if (!(name in obj)) throw new EvalError(`unsupported attribute ${JSON.stringify(name)}`);
    return obj[name]!;
  }
  throw new EvalError(`cannot access attribute ${JSON.stringify(name)} of a ${typeName(obj)}`);
}

function getIndex(obj: Value, key: Value): Value {
  if (obj instanceof Unknown) return obj;
  if (key instanceof Unknown) return key;
  if (Array.isArray(obj)) {
    const i = toNum(key, "index");
    if (!Number.isInteger(i) || i < 0 || i >= obj.length) throw new EvalError(`index ${i} is out of range for a list of ${obj.length}`);
    return obj[i]!;
  }
  if (isObject(obj)) {
    const k = toStr(key, "key");
    if (!(k in obj)) throw new EvalError(`no key ${JSON.stringify(k)}`);
    return obj[k]!;
  }
  throw new EvalError(`cannot index a ${typeName(obj)}`);
}

/**
 * A template's value. An unknown part makes the whole unknown, but the parts after it are
 * still evaluated, as Nomad evaluates them: `"${attr.kernel.name}-${var.nope}"` is an error.
 */
function template(parts: readonly TemplatePart[], scope: Scope): Value {
  let out = "";
  let unknown: Unknown | undefined;
  // The text Nomad keeps when every unknown part is a reference it leaves for the client.
  let kept: string | undefined = "";
  const add = (v: Value) => {
    if (v instanceof Unknown) {
      unknown ??= v;
      kept = kept === undefined || v.kept === undefined ? undefined : kept + v.kept;
      return;
    }
    const text = toStr(v, "interpolated value");
    scope.fn.budget.string(out.length + text.length);
    if (unknown === undefined) out += text;
    if (kept !== undefined) kept += text;
  };
  for (const part of parts) {
    switch (part.t) {
      case "str":
        scope.fn.budget.string(out.length + part.s.length);
        out += part.s;
        if (kept !== undefined) kept += part.s;
        break;
      case "interp":
        add(keptAsWritten(evaluate(part.e, scope), part.e, part.raw, scope));
        break;
      case "if": {
        const c = evaluate(part.cond, scope);
        if (c instanceof Unknown) {
          unknown ??= c;
          kept = undefined;
          break;
        }
        add(template(toBool(c, "condition") ? part.then : part.else, scope));
        break;
      }
      case "for": {
        const coll = evaluate(part.coll, scope);
        if (coll instanceof Unknown) {
          unknown ??= coll;
          kept = undefined;
          break;
        }
        for (const [k, item] of entries(coll)) {
          scope.fn.budget.loop(1);
          const names = new Map<string, Value>([[part.valVar, item]]);
          if (part.keyVar !== undefined) names.set(part.keyVar, k);
          add(template(part.body, scope.with(names)));
        }
        break;
      }
    }
  }
  if (unknown === undefined) return out;
  return kept === undefined ? unknown : new Unknown(unknown.reason, unknown.reported, kept);
}

/**
 * A reference Nomad leaves for the client is kept as its text: the interpolation exactly as
 * written (`${attr.a.b-c.0}`, not a rebuilt `${attr.a.b-c[0]}`).
 */
export function keptAsWritten(v: Value, e: Expr, raw: string, scope: Scope): Value {
  if (!(v instanceof Unknown) || v.kept === undefined) return v;
  let root: Expr = e;
  while (root.t === "attr" || root.t === "index") root = root.obj;
  // Only a traversal from a root Nomad does not define: not var, local, or a name in scope.
  if (root.t !== "var" || root.name === "var" || root.name === "local" || scope.lookup(root.name) !== undefined) return v;
  return new Unknown(v.reason, v.reported, raw);
}

/** Key and value pairs of a list (index keys) or an object (keys in lexical order). */
function entries(coll: Value): [Value, Value][] {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObject(coll)) return Object.keys(coll).sort().map((k) => [k, coll[k]!]);
  throw new EvalError(`cannot iterate over a ${typeName(coll)}`);
}

function forExpr(e: Expr & { t: "for" }, scope: Scope): Value {
  const coll = evaluate(e.coll, scope);
  if (coll instanceof Unknown) return coll;
  const items = entries(coll);
  if (items.length > MAX_ITEMS) return new Unknown(`a for expression over ${items.length} items is not evaluated`);
  const list: Value[] = [];
  const obj: Record<string, Value> = {};
  for (const [k, v] of items) {
    const names = new Map<string, Value>([[e.valVar, v]]);
    if (e.keyVar !== undefined) names.set(e.keyVar, k);
    const inner = scope.with(names);
    if (e.cond !== undefined) {
      const c = evaluate(e.cond, inner);
      if (c instanceof Unknown) return c;
      if (!toBool(c, "for condition")) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (e.keyExpr === undefined) {
      list.push(value);
      continue;
    }
    const key = evaluate(e.keyExpr, inner);
    if (key instanceof Unknown) return key;
    const name = toStr(key, "for key");
    if (e.grouped) ((obj[name] ??= []) as Value[]).push(value);
    else if (name in obj) throw new EvalError(`duplicate key ${JSON.stringify(name)} in a for expression (add ... to group)`);
    else obj[name] = value;
  }
  return e.keyExpr === undefined ? list : obj;
}

function call(e: Expr & { t: "call" }, scope: Scope): Value {
  if (e.name === "try") {
    for (const arg of e.args) {
      try {
        return evaluate(arg, scope);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    throw new EvalError("try(): no argument could be evaluated");
  }
  if (e.name === "convert") {
    // The second argument is a type constraint, not a value.
    if (e.args.length !== 2) throw new EvalError("convert() takes a value and a type");
    const v = evaluate(e.args[0]!, scope);
    return convertTo(v, typeFromExpr(e.args[1]!), (x) => evaluate(x, scope), "argument of convert()");
  }
  if (e.name === "can") {
    if (e.args.length !== 1) throw new EvalError("can() takes 1 argument");
    try {
      const v = evaluate(e.args[0]!, scope);
      return v instanceof Unknown ? v : true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return false;
    }
  }
  let args = e.args.map((a) => evaluate(a, scope));
  if (e.expand) {
    const last = args[args.length - 1];
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) throw new EvalError(`the last argument of ${e.name}(...) must be a list to expand`);
    args = [...args.slice(0, -1), ...last];
  }
  const fn = FUNCTIONS[e.name];
  const removed = REMOVED_FUNCTIONS[e.name];
  if (removed !== undefined && scope.fn.target !== undefined && atLeast(scope.fn.target, removed)) {
    throw new EvalError(`call to unknown function ${JSON.stringify(e.name)}: Nomad's parser has no ${e.name}() from ${removed} on; the target is ${formatVersion(scope.fn.target)}`);
  }
  if (fn === undefined) {
    if (NOT_EVALUATED.has(e.name)) return new Unknown(`${e.name}() is not evaluated by the linter`);
    throw new EvalError(`call to unknown function ${JSON.stringify(e.name)}`);
  }
  const u = first(args) ?? args.map(findUnknown).find((x) => x !== undefined);
  if (u !== undefined) return u;
  const result = fn(args, scope.fn);
  if (typeof result === "string") scope.fn.budget.string(result.length);
  else if (Array.isArray(result)) scope.fn.budget.items(result.length);
  return result;
}
