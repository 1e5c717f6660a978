import { JOBSPEC, type AttrType } from "../model/spec.js";
import type { Attribute, Block, Path } from "../model/tree.js";
import { NUMERIC, isExpressionString } from "../model/values.js";
import type { Range } from "../parse/source.js";
import { ExprSyntaxError, type Expr } from "./ast.js";
import { evaluate, keptAsWritten, Scope, type RootResolver } from "./evaluate.js";
import type { FunctionContext } from "./functions.js";
import { parseExpression, parseTemplateText, soleInterpolation } from "./parser.js";
import { ANY, convert, describeType, typeFromExpr, type TypeSpec } from "./types.js";
import { EvalError, Unknown, describe, fromJson, isObject, type Value, type ValueObject } from "./value.js";
import { EvalLimitError } from "./budget.js";

/** One `--var-file`: its values by variable name, with where each is written. */
export interface VarFile {
  readonly path: string;
  readonly entries: ReadonlyMap<string, { readonly value: Value; readonly range: Range }>;
}

/** Where variable values come from, lowest precedence first (as `nomad job run`). */
export interface VariableInputs {
  /** `NOMAD_VAR_<name>` environment variables, by name. */
  readonly env: ReadonlyMap<string, string>;
  readonly files: readonly VarFile[];
  /** `--var name=value`, in order. */
  readonly cli: readonly { readonly name: string; readonly value: string }[];
}

export const NO_INPUTS: VariableInputs = { env: new Map(), files: [], cli: [] };

export type EvalRuleId = "variable-value" | "variable-unset" | "local-cycle" | "expression-error" | "unresolved-value" | "input-limit";

/** A finding of the evaluation stage, at a path of the jobspec. */
export interface EvalIssue {
  readonly ruleId: EvalRuleId;
  readonly path: Path;
  readonly message: string;
}

/** A finding about a var file's own content, at its position. */
export interface VarFileIssue {
  readonly ruleId: "variable-value" | "variable-undeclared" | "syntax" | "input-limit";
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

interface Declaration {
  readonly name: string;
  readonly type: TypeSpec;
  readonly block: Block | undefined;
  readonly defaultAttr: Attribute | undefined;
  readonly path: Path;
  readonly validations: readonly Block[];
}

const DYNAMIC = "dynamic";

/** An expression for a message: as written where the source is known, else as hcl2json gives it; long ones cut. */
function exprText(raw: unknown, written?: string): string {
  const text = written !== undefined ? written.replace(/\s+/g, " ").trim() : typeof raw === "string" ? raw : JSON.stringify(raw);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Evaluates one document: variables (defaults, NOMAD_VAR_, --var-file, --var), locals,
 * attribute values and `dynamic` blocks. Values are computed when asked for and kept.
 */
export class DocumentEvaluator implements RootResolver {
  readonly issues: EvalIssue[] = [];
  /** The source text of the expression at a path, where the reader knows it. */
  readonly #written: (path: Path) => string | undefined;
  /** The variables the document declares. */
  get declaredVariables(): string[] {
    return [...this.#declared.keys()];
  }
  readonly varFileIssues: VarFileIssue[] = [];
  readonly scope: Scope;
  readonly #declared = new Map<string, Declaration>();
  readonly #values = new Map<string, Value>();
  readonly #locals = new Map<string, Attribute>();
  readonly #localValues = new Map<string, Value>();
  readonly #inProgress: string[] = [];
  readonly #cache = new WeakMap<Attribute, Value>();
  readonly #reported = new Set<string>();
  readonly #literal: boolean;

  /**
   * `literal` marks documents whose strings are never templates (API JSON): their values are
   * taken as they are.
   */
  constructor(
    root: Block,
    inputs: VariableInputs,
    fn: FunctionContext,
    readonly jobspecName: string,
    literal = false,
    written: (path: Path) => string | undefined = () => undefined,
  ) {
    this.#literal = literal;
    this.#written = written;
    this.scope = new Scope(this, fn);
    if (!literal) {
      this.#declare(root);
      this.#assign(inputs);
      for (const block of root.blocks.filter((b) => b.type === "locals")) {
        for (const attr of block.attributes.values()) {
          if (this.#locals.has(attr.name)) this.#issue("local-cycle", attr.path, `local ${JSON.stringify(attr.name)} is defined twice`);
          else this.#locals.set(attr.name, attr);
        }
      }
      // Nomad evaluates every local when it parses the file, used or not.
      for (const name of this.#locals.keys()) this.local(name);
    }
  }

  /**
   * The file's evaluation budget is spent: said once, where it ran out; every value left is
   * unknown, and no check that depends on one reports it again.
   */
  #spent(path: Path, what: string): Unknown {
    const why = this.scope.fn.budget.spent ?? "";
    if (!this.#budgetReported) {
      this.#budgetReported = true;
      this.#issue("input-limit", path, `${what} is not evaluated: ${why}, past the linter's limit for one file; the file's values from here on are not evaluated, and checks that depend on them are skipped`);
    }
    return new Unknown(`the file's evaluation budget is spent (${why})`, true);
  }

  #budgetReported = false;

  #issue(ruleId: EvalRuleId, path: Path, message: string, as: EvalRuleId = ruleId): void {
    const key = `${as}\0${path.join("\0")}\0${message}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.issues.push({ ruleId: as, path, message });
  }

  // ---- variables ----

  #declare(root: Block): void {
    for (const block of root.blocks) {
      if (block.type === "variable") {
        const name = block.labels[0] ?? "";
        if (this.#declared.has(name)) {
          this.#issue("variable-value", block.path, `variable ${JSON.stringify(name)} is declared twice`);
          continue;
        }
        let type: TypeSpec = ANY;
        const typeAttr = block.attributes.get("type");
        if (typeAttr !== undefined) {
          try {
            const e = this.#expr(typeAttr.value);
            type = e === undefined ? ANY : typeFromExpr(e);
          } catch (error) {
            this.#issue("variable-value", typeAttr.path, `type of variable ${JSON.stringify(name)}: ${(error as Error).message}`);
          }
        }
        this.#declared.set(name, {
          name,
          type,
          block,
          defaultAttr: block.attributes.get("default"),
          path: block.path,
          validations: block.blocks.filter((b) => b.type === "validation"),
        });
      } else if (block.type === "variables") {
        for (const attr of block.attributes.values()) {
          if (this.#declared.has(attr.name)) {
            this.#issue("variable-value", attr.path, `variable ${JSON.stringify(attr.name)} is declared twice`);
            continue;
          }
          this.#declared.set(attr.name, { name: attr.name, type: ANY, block: undefined, defaultAttr: attr, path: attr.path, validations: [] });
        }
      }
    }
  }

  /** The expression of an hcl2json value that is a sole `${...}` interpolation, else undefined. */
  #expr(raw: unknown): Expr | undefined {
    if (typeof raw !== "string") return undefined;
    return soleInterpolation(parseTemplateText(raw));
  }

  #assign(inputs: VariableInputs): void {
    const noVars = new Scope(
      {
        variable: () => new Unknown("variables cannot refer to variables"),
        local: () => new Unknown("variables cannot refer to locals"),
        allVariables: () => ({}),
        allLocals: () => ({}),
        noReferences: true,
      },
      this.scope.fn,
    );
    const evaluateNoVars = (e: Expr) => evaluate(e, noVars);
    const fromText = (text: string, d: Declaration): Value => {
      if (d.type.k === "string" || d.type.k === "any") return text;
      return evaluate(parseExpression(text), noVars);
    };
    for (const d of this.#declared.values()) {
      try {
        this.#values.set(d.name, this.#valueOf(d, inputs, noVars, evaluateNoVars, fromText));
      } catch (error) {
        if (!(error instanceof EvalLimitError)) throw error;
        this.#values.set(d.name, this.#spent(d.path, `variable ${JSON.stringify(d.name)}`));
      }
    }
    // Values for variables this file does not declare are no problem for it: the run reports
    // those that no linted file declares (see run/lint-run.ts).
    for (const d of this.#declared.values()) this.#validate(d);
  }

  /** A variable's value from its default, NOMAD_VAR_, var files and --var, in that order. */
  #valueOf(d: Declaration, inputs: VariableInputs, noVars: Scope, evaluateNoVars: (e: Expr) => Value, fromText: (text: string, d: Declaration) => Value): Value {
    {
      let value: Value | undefined;
      const invalid = new Unknown(`the value of variable ${JSON.stringify(d.name)} is invalid`, true);
      if (d.defaultAttr !== undefined) {
        try {
          value = convert(this.#raw(d.defaultAttr.value, noVars), d.type, evaluateNoVars, `the default of variable ${JSON.stringify(d.name)}`);
        } catch (error) {
          this.#issue("variable-value", d.defaultAttr.path, message(error));
          value = invalid;
        }
      }
      const env = inputs.env.get(d.name);
      if (env !== undefined) {
        try {
          value = convert(fromText(env, d), d.type, evaluateNoVars, `NOMAD_VAR_${d.name}`);
        } catch (error) {
          this.#issue("variable-value", d.path, `NOMAD_VAR_${d.name}=${JSON.stringify(env)} does not fit variable ${JSON.stringify(d.name)} (${describeType(d.type)}): ${message(error)}`);
          value = invalid;
        }
      }
      for (const file of inputs.files) {
        const entry = file.entries.get(d.name);
        if (entry === undefined) continue;
        try {
          value = convert(entry.value, d.type, evaluateNoVars, `variable ${JSON.stringify(d.name)}`);
        } catch (error) {
          this.varFileIssues.push({ ruleId: "variable-value", file: file.path, range: entry.range, message: `value for ${this.jobspecName}: ${message(error)} (${describeType(d.type)})` });
          value = invalid;
        }
      }
      for (const { name, value: text } of inputs.cli) {
        if (name !== d.name) continue;
        try {
          value = convert(fromText(text, d), d.type, evaluateNoVars, `--var ${name}`);
        } catch (error) {
          this.#issue("variable-value", d.path, `--var ${name}=${JSON.stringify(text)} does not fit variable ${JSON.stringify(d.name)} (${describeType(d.type)}): ${message(error)}`);
          value = invalid;
        }
      }
      if (value === undefined) {
        // Set at deploy time, as a rule: unknown here, so every check that depends on it says so.
        this.#issue("variable-unset", d.path, `variable ${JSON.stringify(d.name)} has no value (no default, --var, --var-file or NOMAD_VAR_${d.name}): checks that depend on it are skipped`);
        value = new Unknown(`variable ${JSON.stringify(d.name)} has no value`);
      }
      return value;
    }
  }

  #validate(d: Declaration): void {
    for (const v of d.validations) {
      const cond = v.attributes.get("condition");
      if (cond === undefined) continue;
      const result = this.value(cond);
      if (result === false) {
        const msg = v.attributes.get("error_message");
        const text = msg === undefined ? undefined : this.value(msg);
        this.#issue(
          "variable-value",
          cond.path,
          `variable ${JSON.stringify(d.name)} fails its validation: ${typeof text === "string" ? text : "the condition is false"}`,
        );
      }
    }
  }

  variable(name: string): Value {
    const v = this.#values.get(name);
    if (v === undefined) throw new EvalError(`reference to undeclared variable ${JSON.stringify(`var.${name}`)}`);
    return v;
  }

  allVariables(): ValueObject {
    return Object.fromEntries(this.#values);
  }

  local(name: string): Value {
    const done = this.#localValues.get(name);
    if (done !== undefined) return done;
    const attr = this.#locals.get(name);
    if (attr === undefined) throw new EvalError(`reference to undeclared local value ${JSON.stringify(`local.${name}`)}`);
    if (this.#inProgress.includes(name)) {
      const cycle = [...this.#inProgress.slice(this.#inProgress.indexOf(name)), name].map((n) => `local.${n}`).join(" → ");
      this.#issue("local-cycle", attr.path, `locals refer to each other in a cycle: ${cycle}`);
      return new Unknown(`local.${name} is part of a cycle`, true);
    }
    this.#inProgress.push(name);
    let value: Value;
    try {
      value = this.value(attr);
    } finally {
      this.#inProgress.pop();
    }
    this.#localValues.set(name, value);
    return value;
  }

  allLocals(): ValueObject {
    const out: ValueObject = {};
    for (const name of this.#locals.keys()) out[name] = this.local(name);
    return out;
  }

  // ---- values ----

  /** The value of an attribute; evaluation errors become `expression-error` findings and unknown values. */
  value(attr: Attribute): Value {
    const cached = this.#cache.get(attr);
    if (cached !== undefined) return cached;
    let v: Value;
    try {
      v = this.#literal ? fromJson(attr.value) : this.#raw(attr.value, (attr.scope as Scope | undefined) ?? this.scope);
    } catch (error) {
      if (error instanceof EvalLimitError) v = this.#spent(attr.path, `${attr.name} = ${exprText(attr.value, this.#written(attr.path))}`);
      else if (!(error instanceof EvalError)) throw error;
      else {
        this.#issue("expression-error", attr.path, `cannot evaluate ${attr.name} = ${exprText(attr.value, this.#written(attr.path))}: ${error.message}`);
        v = new Unknown(error.message, true);
      }
    }
    this.#cache.set(attr, v);
    return v;
  }

  /** Marks that a rule depended on an attribute whose value is unknown (one finding per expression). */
  consulted(attr: Attribute, v: Value, what: string): void {
    if (!(v instanceof Unknown) || v.reported) return;
    this.#issue("unresolved-value", attr.path, `cannot resolve ${attr.name} = ${exprText(attr.value, this.#written(attr.path))} (${what}): ${v.reason}; checks that depend on it are skipped`);
  }

  #raw(raw: unknown, scope: Scope): Value {
    if (typeof raw === "string") {
      // Without a brace the text holds no interpolation, directive or escape of one: a literal.
      if (!raw.includes("{")) return raw;
      let parts;
      try {
        parts = parseTemplateText(raw);
      } catch (error) {
        if (error instanceof ExprSyntaxError) return new Unknown(`the linter cannot read the expression (${error.message})`);
        throw error;
      }
      if (parts.every((p) => p.t === "str")) return parts.map((p) => (p.t === "str" ? p.s : "")).join("");
      const sole = soleInterpolation(parts);
      return sole === undefined ? evaluate({ t: "template", parts }, scope) : keptAsWritten(evaluate(sole, scope), sole, raw, scope);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.#raw(x, scope));
    if (raw !== null && typeof raw === "object") {
      const out: ValueObject = {};
      for (const [k, x] of Object.entries(raw as Record<string, unknown>)) out[k] = this.#raw(x, scope);
      return out;
    }
    return fromJson(raw);
  }

  // ---- the whole body ----

  /**
   * Evaluates every attribute of the job body once, as Nomad does when it parses the file:
   * an undeclared reference, an unknown function or a value of the wrong type is a finding
   * wherever it is, not only in the attributes a rule reads. `root` is the expanded tree (see
   * expand); the values are kept for the rules.
   */
  evaluateAll(root: Block): void {
    if (this.#literal) return;
    const visit = (block: Block) => {
      const types = JOBSPEC[block.kind]?.attributes;
      for (const attr of block.attributes.values()) {
        const v = this.value(attr);
        const type = types?.[attr.name]?.type;
        // Literals are the schema check's; an expression's value is checked here.
        if (type === undefined || v instanceof Unknown || typeof attr.value !== "string" || !isExpressionString(attr.value)) continue;
        if (!valueFits(v, type)) this.#issue("expression-error", attr.path, `${attr.name} = ${exprText(attr.value, this.#written(attr.path))} must be ${TYPE_WORDS[type]}, got ${describe(v)}`);
      }
      for (const child of block.blocks) visit(child);
    };
    for (const block of root.blocks) if (block.type === "job") visit(block);
  }

  // ---- dynamic blocks ----

  /** The block tree with every `dynamic` block replaced by the blocks it generates. */
  expand(block: Block): Block {
    if (this.#literal || !hasDynamic(block)) return block;
    return this.#expandIn(block, this.scope);
  }

  #expandIn(block: Block, scope: Scope): Block {
    const blocks: Block[] = [];
    for (const child of block.blocks) {
      if (child.type === DYNAMIC && child.kind.startsWith("dynamic:")) blocks.push(...this.#generate(child, scope));
      else blocks.push(hasDynamic(child) || scope !== this.scope ? this.#expandIn(child, scope) : child);
    }
    const attributes = scope === this.scope ? block.attributes : withScope(block.attributes, scope);
    return { ...block, attributes, blocks };
  }

  #generate(dynamic: Block, scope: Scope): Block[] {
    const type = dynamic.labels[0] ?? "";
    const forEach = dynamic.attributes.get("for_each");
    const content = dynamic.blocks.find((b) => b.type === "content");
    if (forEach === undefined || content === undefined) return [];
    const scoped = scope === this.scope ? forEach : { ...forEach, scope };
    const coll = this.value(scoped);
    if (coll instanceof Unknown) {
      this.consulted(scoped, coll, `for_each of dynamic ${JSON.stringify(type)}`);
      return [];
    }
    let iterator = type;
    const itAttr = dynamic.attributes.get("iterator");
    if (itAttr !== undefined) {
      const e = this.#expr(itAttr.value);
      if (e?.t === "var") iterator = e.name;
    }
    const items: [Value, Value][] = Array.isArray(coll)
      ? coll.map((v, i) => [i, v])
      : isObject(coll)
        ? Object.keys(coll)
            .sort()
            .map((k) => [k, coll[k]!])
        : [];
    if (!Array.isArray(coll) && !isObject(coll)) {
      this.#issue("expression-error", forEach.path, `for_each of dynamic ${JSON.stringify(type)} must be a list, set or map, got ${describe(coll)}`);
      return [];
    }
    const out: Block[] = [];
    try {
      this.scope.fn.budget.blocks(items.length);
    } catch (error) {
      if (!(error instanceof EvalLimitError)) throw error;
      this.#spent(dynamic.path, `dynamic ${JSON.stringify(type)}`);
      return [];
    }
    for (const [key, value] of items) {
      const inner = scope.with(new Map([[iterator, { key, value }]]));
      let labels: string[] = [];
      const labelsAttr = dynamic.attributes.get("labels");
      if (labelsAttr !== undefined) {
        const lv = this.value({ ...labelsAttr, scope: inner });
        if (lv instanceof Unknown || !Array.isArray(lv)) {
          this.consulted(labelsAttr, lv instanceof Unknown ? lv : new Unknown("labels is not a list"), `labels of dynamic ${JSON.stringify(type)}`);
          continue;
        }
        // A reference Nomad leaves for the client labels the block with its text, as Nomad does.
        const unknown = lv.find((l): l is Unknown => l instanceof Unknown && l.kept === undefined);
        if (unknown !== undefined) {
          this.consulted(labelsAttr, unknown, `labels of dynamic ${JSON.stringify(type)}`);
          continue;
        }
        labels = lv.map((l) => (l instanceof Unknown ? l.kept! : typeof l === "string" || typeof l === "number" ? String(l) : JSON.stringify(l)));
      }
      const generated = this.#expandIn(content, inner);
      out.push({ ...generated, type, kind: content.kind, labels });
    }
    return out;
  }
}

const TYPE_WORDS: Readonly<Record<AttrType, string>> = { string: "a string", duration: "a duration", number: "a number", bool: "a bool", list: "a list", map: "a map", any: "a value" };

/** Whether an evaluated value converts to an attribute's type, as HCL converts values. */
function valueFits(v: Value, type: AttrType): boolean {
  switch (type) {
    case "string":
    case "duration":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    case "number":
      return typeof v === "number" || (typeof v === "string" && NUMERIC.test(v));
    case "bool":
      return typeof v === "boolean" || v === "true" || v === "false";
    case "list":
      return Array.isArray(v);
    case "map":
      return isObject(v);
    case "any":
      return true;
  }
}

function hasDynamic(block: Block): boolean {
  return block.blocks.some((b) => b.type === DYNAMIC || hasDynamic(b));
}

function withScope(attributes: ReadonlyMap<string, Attribute>, scope: Scope): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const [k, a] of attributes) out.set(k, { ...a, scope });
  return out;
}

/** The message of an error the user's text caused; anything else (a spent budget among them) goes on up. */
function message(error: unknown): string {
  if (error instanceof EvalError || error instanceof ExprSyntaxError) return error.message;
  throw error;
}
