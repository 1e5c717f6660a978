/** The HCL expression syntax the evaluator understands. */
export type Expr =
  | { readonly t: "lit"; readonly v: null | boolean | number | string }
  | { readonly t: "template"; readonly parts: readonly TemplatePart[] }
  | { readonly t: "var"; readonly name: string }
  | { readonly t: "attr"; readonly obj: Expr; readonly name: string }
  | { readonly t: "index"; readonly obj: Expr; readonly key: Expr }
  | { readonly t: "splat"; readonly obj: Expr; readonly each: readonly Step[] }
  | { readonly t: "call"; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
  | { readonly t: "tuple"; readonly items: readonly Expr[] }
  | { readonly t: "object"; readonly items: readonly { readonly key: Expr; readonly value: Expr }[] }
  | {
      readonly t: "for";
      readonly keyVar: string | undefined;
      readonly valVar: string;
      readonly coll: Expr;
      readonly keyExpr: Expr | undefined;
      readonly valExpr: Expr;
      readonly cond: Expr | undefined;
      readonly grouped: boolean;
    }
  | { readonly t: "cond"; readonly c: Expr; readonly a: Expr; readonly b: Expr }
  | { readonly t: "unary"; readonly op: "-" | "!"; readonly e: Expr }
  | { readonly t: "binary"; readonly op: BinaryOp; readonly l: Expr; readonly r: Expr };

export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";

/** One step of a traversal applied after a splat: `.name` or `[key]`. */
export type Step = { readonly t: "attr"; readonly name: string } | { readonly t: "index"; readonly key: Expr };

export type TemplatePart =
  | { readonly t: "str"; readonly s: string }
  /** `raw` is the interpolation as written, `${` to `}`: the text Nomad keeps for a reference it leaves for the client. */
  | { readonly t: "interp"; readonly e: Expr; readonly raw: string }
  | { readonly t: "if"; readonly cond: Expr; readonly then: readonly TemplatePart[]; readonly else: readonly TemplatePart[] }
  | {
      readonly t: "for";
      readonly keyVar: string | undefined;
      readonly valVar: string;
      readonly coll: Expr;
      readonly body: readonly TemplatePart[];
    };

/** A syntax error in an expression, at an offset into the parsed text. */
export class ExprSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
