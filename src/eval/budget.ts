import { StacklessError, Unknown, type Value } from "./value.js";

/**
 * What evaluating one file may cost. Nomad sets no such bounds, but no real jobspec comes near
 * them: a file past one is reported (input-limit) and the rest of its values are left unknown,
 * instead of the run hanging or running out of memory.
 */
export const EVAL_LIMITS = {
  /** Expressions evaluated in the file, each step of a for expression or template loop counted. */
  steps: 1_000_000,
  /** Expressions nested inside each other while they are evaluated, through locals and calls too. */
  depth: 300,
  /** Characters of one string a template or function builds. */
  stringLength: 1 << 20,
  /** Elements of one list or map a function or for expression builds, or that a value holds in all. */
  items: 100_000,
  /** Blocks `dynamic` blocks make in the file. */
  dynamicBlocks: 10_000,
  /**
   * The size of one value written out: its elements and characters, a value it holds several
   * times counted each time (so `[local.x, local.x]` doubling thirty times is caught where it
   * is built, not when something walks it).
   */
  valueSize: 4_000_000,
  /** Levels of lists and maps inside each other in one value (jsondecode). */
  valueDepth: 100,
} as const;

/** Sizes of the lists and maps measured so far: each is measured once, from its parts' sizes. */
const sizes = new WeakMap<object, number>();

/** A value's size written out (elements and characters), from the sizes of its parts. */
export function measure(v: Value): number {
  if (typeof v === "string") return v.length + 1;
  if (v === null || typeof v !== "object" || v instanceof Unknown) return 1;
  const known = sizes.get(v);
  if (known !== undefined) return known;
  let n = 1;
  if (Array.isArray(v)) for (const x of v) n += measure(x);
  else for (const k in v) n += k.length + measure(v[k]!);
  sizes.set(v, n);
  return n;
}

/** How deep lists and maps are nested in a value, up to `limit` + 1 (walked without recursion). */
export function valueDepth(v: Value, limit: number): number {
  let max = 0;
  const stack: [Value, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (x === null || typeof x !== "object" || x instanceof Unknown) continue;
    if (d + 1 > max) max = d + 1;
    if (max > limit) return max;
    for (const y of Array.isArray(x) ? x : Object.values(x)) stack.push([y, d + 1]);
  }
  return max;
}

/**
 * Thrown when the budget is spent. Not an EvalError: `try()` and `can()` do not catch it, and
 * once thrown, every later step throws it again, so the file's evaluation stops.
 */
export class EvalLimitError extends StacklessError {}

/** The evaluation budget of one file, shared by every scope of it. */
export class EvalBudget {
  #steps = 0;
  #depth = 0;
  #blocks = 0;
  /** Why the budget is spent; undefined while it is not. */
  spent: string | undefined;

  #fail(why: string): never {
    this.spent ??= why;
    throw new EvalLimitError(this.spent);
  }

  /** One more expression, one level deeper; `leave` when it is done. */
  enter(): void {
    if (this.spent !== undefined) this.#fail(this.spent);
    if (++this.#steps > EVAL_LIMITS.steps) this.#fail(`evaluating it takes more than ${EVAL_LIMITS.steps.toLocaleString("en-US")} steps`);
    if (++this.#depth > EVAL_LIMITS.depth) this.#fail(`its expressions (through locals and calls) nest more than ${EVAL_LIMITS.depth} deep`);
  }

  leave(): void {
    this.#depth--;
  }

  /** Steps of a loop that evaluates nothing of its own each time (a template's `%{for}` text). */
  loop(n: number): void {
    if (this.spent !== undefined) this.#fail(this.spent);
    this.#steps += n;
    if (this.#steps > EVAL_LIMITS.steps) this.#fail(`evaluating it takes more than ${EVAL_LIMITS.steps.toLocaleString("en-US")} steps`);
  }

  /** A string about to be built of `length` characters. */
  string(length: number): void {
    if (length > EVAL_LIMITS.stringLength) this.#fail(`it builds a string of more than ${EVAL_LIMITS.stringLength.toLocaleString("en-US")} characters`);
  }

  /** A collection about to be built of `count` elements. */
  items(count: number): void {
    if (count > EVAL_LIMITS.items) this.#fail(`it builds a collection of more than ${EVAL_LIMITS.items.toLocaleString("en-US")} elements`);
  }

  /** A value just built: its size written out must stay within the limit. */
  value(v: Value): void {
    if (v === null || typeof v !== "object" || v instanceof Unknown) return;
    if (measure(v) > EVAL_LIMITS.valueSize) this.#fail(`it builds a value of more than ${EVAL_LIMITS.valueSize.toLocaleString("en-US")} elements and characters written out`);
  }

  /** A value decoded from text (jsondecode): nested no deeper than the limit. */
  depth(v: Value): void {
    if (valueDepth(v, EVAL_LIMITS.valueDepth) > EVAL_LIMITS.valueDepth) this.#fail(`it decodes lists and maps nested more than ${EVAL_LIMITS.valueDepth} deep`);
  }

  /** Blocks a dynamic block makes. */
  blocks(count: number): void {
    this.#blocks += count;
    if (this.#blocks > EVAL_LIMITS.dynamicBlocks) this.#fail(`its dynamic blocks make more than ${EVAL_LIMITS.dynamicBlocks.toLocaleString("en-US")} blocks`);
  }
}
