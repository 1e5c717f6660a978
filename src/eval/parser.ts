import { ExprSyntaxError, type BinaryOp, type Expr, type Step, type TemplatePart } from "./ast.js";

const IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEREDOC = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;

/**
 * Parses a string as hcl2json gives it: a template in which `${...}` interpolates, `%{...}`
 * is a directive and `$${` / `%%{` are escapes; backslash escapes were already applied.
 */
export function parseTemplateText(text: string): TemplatePart[] {
  const p = new Parser(text);
  const { parts } = p.templateParts(false, []);
  if (p.i < text.length) p.fail("unexpected text after the template");
  return parts;
}

/** Parses one HCL expression (the text of an attribute value). */
export function parseExpression(text: string): Expr {
  const p = new Parser(text);
  p.ws();
  const e = p.expr();
  p.ws();
  if (p.i < text.length) p.fail(`unexpected ${JSON.stringify(text[p.i])}`);
  return e;
}

/** If the whole template is one interpolation (`${expr}`), that expression. */
export function soleInterpolation(parts: readonly TemplatePart[]): Expr | undefined {
  return parts.length === 1 && parts[0]!.t === "interp" ? parts[0]!.e : undefined;
}

class Parser {
  readonly s: string;
  i = 0;
  #stripNext = false;
  #depth = 0;

  constructor(s: string) {
    this.s = s;
  }

  fail(message: string): never {
    throw new ExprSyntaxError(message, this.i);
  }

  #enter(): void {
    if (++this.#depth > 200) this.fail("expression nested too deeply");
  }

  #leave(): void {
    this.#depth--;
  }

  at(token: string): boolean {
    return this.s.startsWith(token, this.i);
  }

  eat(token: string): boolean {
    if (!this.at(token)) return false;
    this.i += token.length;
    return true;
  }

  expect(token: string): void {
    this.ws();
    if (!this.eat(token)) this.fail(`expected ${JSON.stringify(token)}`);
  }

  /** Skips whitespace, newlines and comments. */
  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === " " || c === "\t" || c === "\r" || c === "\n") this.i++;
      else if (c === "#" || (c === "/" && s[this.i + 1] === "/")) {
        const nl = s.indexOf("\n", this.i);
        this.i = nl === -1 ? s.length : nl;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        this.i = end === -1 ? s.length : end + 2;
      } else break;
    }
  }

  ident(): string | undefined {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (m === null) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  keyword(word: string): boolean {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (m === null || m[0] !== word) return false;
    this.i += word.length;
    return true;
  }

  // ---- templates ----

  /**
   * Template parts until the end of the text, a closing quote (`quoted`), or one of the
   * directive keywords in `stops`, which is returned (its `%{...}` consumed).
   */
  templateParts(quoted: boolean, stops: readonly string[]): { parts: TemplatePart[]; stop: string | undefined } {
    const parts: TemplatePart[] = [];
    let buf = "";
    const flush = () => {
      if (buf !== "") parts.push({ t: "str", s: buf });
      buf = "";
    };
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (quoted && c === '"') break;
      if (quoted && c === "\\") {
        buf += this.escape();
        continue;
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === c && s[this.i + 2] === "{") {
        buf += `${c}{`;
        this.i += 3;
        continue;
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === "{") {
        const start = this.i;
        this.i += 2;
        if (this.eat("~")) buf = buf.replace(/\s+$/, "");
        flush();
        if (c === "$") {
          this.ws();
          const e = this.expr();
          this.closeTemplateSeq();
          parts.push({ t: "interp", e, raw: s.slice(start, this.i) });
        } else {
          this.ws();
          const word = this.ident() ?? this.fail("expected a template directive");
          if (stops.includes(word)) {
            this.closeTemplateSeq();
            return { parts, stop: word };
          }
          parts.push(this.directive(word, quoted));
        }
        continue;
      }
      this.i++;
      if (this.#stripNext && /\s/.test(c)) continue;
      this.#stripNext = false;
      buf += c;
    }
    flush();
    return { parts, stop: undefined };
  }

  closeTemplateSeq(): void {
    this.ws();
    const strip = this.eat("~");
    if (!this.eat("}")) this.fail('expected "}" to close the template sequence');
    this.#stripNext = strip;
  }

  directive(word: string, quoted: boolean): TemplatePart {
    if (word === "if") {
      this.ws();
      const cond = this.expr();
      this.closeTemplateSeq();
      const first = this.templateParts(quoted, ["else", "endif"]);
      let otherwise: TemplatePart[] = [];
      if (first.stop === "else") {
        const second = this.templateParts(quoted, ["endif"]);
        if (second.stop !== "endif") this.fail("expected %{endif}");
        otherwise = second.parts;
      } else if (first.stop !== "endif") this.fail("expected %{endif}");
      return { t: "if", cond, then: first.parts, else: otherwise };
    }
    if (word === "for") {
      const { keyVar, valVar, coll } = this.forHeader("expected a variable name");
      this.closeTemplateSeq();
      const body = this.templateParts(quoted, ["endfor"]);
      if (body.stop !== "endfor") this.fail("expected %{endfor}");
      return { t: "for", keyVar, valVar, coll, body: body.parts };
    }
    return this.fail(`unknown template directive ${JSON.stringify(word)}`);
  }

  escape(): string {
    const s = this.s;
    const n = s[this.i + 1];
    this.i += 2;
    switch (n) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "\t";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u": {
        const hex = s.slice(this.i, this.i + 4);
        this.i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case "U": {
        const hex = s.slice(this.i, this.i + 8);
        this.i += 8;
        return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
      }
      default:
        return this.fail(`invalid escape \\${n ?? ""}`);
    }
  }

  // ---- expressions ----

  expr(): Expr {
    this.#enter();
    try {
      const c = this.or();
      this.ws();
      if (this.eat("?")) {
        this.ws();
        const a = this.expr();
        this.expect(":");
        this.ws();
        const b = this.expr();
        return { t: "cond", c, a, b };
      }
      return c;
    } finally {
      this.#leave();
    }
  }

  /** Left-associative binary operators; `ops` longest first where they share a prefix. */
  binary(next: () => Expr, ops: readonly BinaryOp[]): Expr {
    let l = next();
    for (;;) {
      const save = this.i;
      this.ws();
      const op = ops.find((o) => this.at(o));
      if (op === undefined) {
        this.i = save;
        return l;
      }
      this.i += op.length;
      this.ws();
      l = { t: "binary", op, l, r: next() };
    }
  }

  or = (): Expr => this.binary(this.and, ["||"]);
  and = (): Expr => this.binary(this.eq, ["&&"]);
  eq = (): Expr => this.binary(this.cmp, ["==", "!="]);
  cmp = (): Expr => this.binary(this.add, ["<=", ">=", "<", ">"]);
  add = (): Expr => this.binary(this.mul, ["+", "-"]);
  mul = (): Expr => this.binary(this.unary, ["*", "/", "%"]);

  unary = (): Expr => {
    this.ws();
    if (this.at("-") || (this.at("!") && !this.at("!="))) {
      const op = this.s[this.i] as "-" | "!";
      this.i++;
      this.#enter();
      try {
        return { t: "unary", op, e: this.unary() };
      } finally {
        this.#leave();
      }
    }
    return this.postfix(this.primary());
  };

  postfix(base: Expr): Expr {
    let e = base;
    for (;;) {
      const save = this.i;
      this.ws();
      if (this.at(".*")) {
        this.i += 2;
        e = { t: "splat", obj: e, each: this.steps(true) };
      } else if (this.at("[*]")) {
        this.i += 3;
        e = { t: "splat", obj: e, each: this.steps(false) };
      } else if (this.at(".") && !this.at("..")) {
        this.i++;
        this.ws();
        const num = /\d+/y;
        num.lastIndex = this.i;
        const m = num.exec(this.s);
        if (m !== null) {
          this.i += m[0].length;
          e = { t: "index", obj: e, key: { t: "lit", v: Number(m[0]) } };
        } else {
          const name = this.ident() ?? this.fail("expected an attribute name after '.'");
          e = { t: "attr", obj: e, name };
        }
      } else if (this.at("[")) {
        this.i++;
        this.ws();
        const key = this.expr();
        this.expect("]");
        e = { t: "index", obj: e, key };
      } else {
        this.i = save;
        return e;
      }
    }
  }

  /** Traversal steps after a splat; attribute splats take attribute steps only. */
  steps(attrOnly: boolean): Step[] {
    const out: Step[] = [];
    for (;;) {
      const save = this.i;
      this.ws();
      if (this.at(".") && !this.at(".*")) {
        this.i++;
        const name = this.ident();
        if (name === undefined) {
          this.i = save;
          return out;
        }
        out.push({ t: "attr", name });
      } else if (!attrOnly && this.at("[") && !this.at("[*]")) {
        this.i++;
        this.ws();
        const key = this.expr();
        this.expect("]");
        out.push({ t: "index", key });
      } else {
        this.i = save;
        return out;
      }
    }
  }

  primary(): Expr {
    this.ws();
    const s = this.s;
    const c = s[this.i];
    if (c === undefined) return this.fail("expected an expression");
    if (/\d/.test(c)) {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(s)!;
      this.i += m[0].length;
      return { t: "lit", v: Number(m[0]) };
    }
    if (c === '"') {
      this.i++;
      const { parts } = this.templateParts(true, []);
      if (!this.eat('"')) this.fail("unterminated string");
      return templateOrLiteral(parts);
    }
    if (c === "<" && s[this.i + 1] === "<") return this.heredoc();
    if (c === "(") {
      this.i++;
      this.ws();
      const e = this.expr();
      this.expect(")");
      return e;
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.ident();
    if (name === undefined) return this.fail(`unexpected ${JSON.stringify(c)}`);
    if (name === "true") return { t: "lit", v: true };
    if (name === "false") return { t: "lit", v: false };
    if (name === "null") return { t: "lit", v: null };
    let fn = name;
    while (this.at("::")) {
      this.i += 2;
      fn += "::" + (this.ident() ?? this.fail("expected a function name"));
    }
    const save = this.i;
    this.ws();
    if (this.at("(")) {
      this.i++;
      return this.call(fn);
    }
    this.i = save;
    return { t: "var", name };
  }

  call(name: string): Expr {
    const args: Expr[] = [];
    let expand = false;
    this.ws();
    while (!this.at(")")) {
      args.push(this.expr());
      this.ws();
      if (this.eat("...")) {
        expand = true;
        this.ws();
      }
      if (!this.eat(",")) break;
      this.ws();
    }
    this.expect(")");
    return { t: "call", name, args, expand };
  }

  tuple(): Expr {
    this.i++;
    this.ws();
    if (this.keyword("for")) return this.forExpr(false);
    const items: Expr[] = [];
    while (!this.at("]")) {
      items.push(this.expr());
      this.ws();
      if (!this.eat(",")) break;
      this.ws();
    }
    this.expect("]");
    return { t: "tuple", items };
  }

  object(): Expr {
    this.i++;
    this.ws();
    if (this.keyword("for")) return this.forExpr(true);
    const items: { key: Expr; value: Expr }[] = [];
    while (!this.at("}")) {
      const start = this.i;
      let key: Expr;
      const name = this.ident();
      this.ws();
      if (name !== undefined && (this.at("=") || this.at(":")) && !this.at("==")) key = { t: "lit", v: name };
      else {
        this.i = start;
        key = this.expr();
        this.ws();
      }
      if (!this.eat("=") && !this.eat(":")) this.fail('expected "=" or ":" after an object key');
      this.ws();
      const value = this.expr();
      items.push({ key, value });
      this.ws();
      if (this.eat(",")) this.ws();
    }
    this.expect("}");
    return { t: "object", items };
  }

  /** `[key,] value in collection`, after the `for` keyword of an expression or a template directive. */
  forHeader(missingName: string): { keyVar: string | undefined; valVar: string; coll: Expr } {
    this.ws();
    const a = this.ident() ?? this.fail(missingName);
    this.ws();
    let keyVar: string | undefined;
    let valVar = a;
    if (this.eat(",")) {
      this.ws();
      keyVar = a;
      valVar = this.ident() ?? this.fail("expected a variable name");
      this.ws();
    }
    if (!this.keyword("in")) this.fail('expected "in"');
    this.ws();
    return { keyVar, valVar, coll: this.expr() };
  }

  forExpr(object: boolean): Expr {
    const { keyVar, valVar, coll } = this.forHeader("expected a variable name after for");
    this.expect(":");
    this.ws();
    let keyExpr: Expr | undefined;
    let valExpr = this.expr();
    let grouped = false;
    if (object) {
      this.expect("=>");
      this.ws();
      keyExpr = valExpr;
      valExpr = this.expr();
      this.ws();
      if (this.eat("...")) grouped = true;
    }
    this.ws();
    let cond: Expr | undefined;
    if (this.keyword("if")) {
      this.ws();
      cond = this.expr();
    }
    this.expect(object ? "}" : "]");
    return { t: "for", keyVar, valVar, coll, keyExpr, valExpr, cond, grouped };
  }

  heredoc(): Expr {
    HEREDOC.lastIndex = this.i;
    const m = HEREDOC.exec(this.s) ?? this.fail("invalid heredoc");
    this.i += m[0].length;
    const marker = m[2]!;
    const strip = m[1] === "-";
    const lines: string[] = [];
    for (;;) {
      if (this.i >= this.s.length) this.fail(`heredoc without closing ${marker}`);
      const nl = this.s.indexOf("\n", this.i);
      const line = this.s.slice(this.i, nl === -1 ? this.s.length : nl).replace(/\r$/, "");
      this.i = nl === -1 ? this.s.length : nl + 1;
      if (line.trim() === marker) break;
      lines.push(line);
    }
    let body = lines;
    if (strip) {
      const indents = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
      const cut = indents.length === 0 ? 0 : Math.min(...indents);
      body = lines.map((l) => l.slice(cut));
    }
    const text = body.map((l) => l + "\n").join("");
    return templateOrLiteral(parseTemplateText(text));
  }
}

function templateOrLiteral(parts: TemplatePart[]): Expr {
  if (parts.length === 0) return { t: "lit", v: "" };
  if (parts.length === 1 && parts[0]!.t === "str") return { t: "lit", v: parts[0]!.s };
  return { t: "template", parts };
}
