import fc from "fast-check";
import { FUNCTIONS, NOT_EVALUATED } from "../../src/eval/functions.js";

/**
 * Random HCL expressions of every form the evaluator reads, calling every function Nomad's
 * parser has (and a few it has not) with arguments of every type and of hostile sizes: huge
 * widths and counts, patterns that backtrack in a backtracking engine, format verbs, deep
 * nesting, doubling through locals.
 */
const FUNCTION_NAMES = [...Object.keys(FUNCTIONS), ...NOT_EVALUATED, "regexall", "nosuchfn", "md5"];

const number = fc.oneof(
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom("0", "1", "-1", "1.5", "1e9", "999999999", "-999999999", "2147483648", "1e308", "0.000001"),
);

const stringLit = fc.oneof(
  fc.constantFrom(
    '""',
    '"a"',
    '"a,b,c"',
    '"%999999999d"',
    '"%s-%d-%v-%q-%#v"',
    '"%%"',
    '"(x+x+)+y"',
    '"^(a+)+$"',
    '"/^(a|a)+$/"',
    '"/(?P<n>a)/"',
    '"[[:alpha:]]"',
    '"$${literal}"',
    '"%%{literal}"',
    '"\\n\\t\\r"',
    '"\\u202e"',
    '"é日本🚀"',
    '"{\\"a\\": [1, 2]}"',
    '"[[[[[[[[[[1]]]]]]]]]]"',
    '"a: 1\\nb: [2]"',
    '"1.2.3"',
    '"10.0.0.0/8"',
    '"2026-12-08T00:00:00Z"',
    '"true"',
    '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy"',
  ),
  fc.string({ maxLength: 12, unit: fc.constantFrom("a", "b", ",", " ", "$", "%", "{", "}", "\\\\", "\\n", "é", "(", "+", ")") }).map((s) => `"${s}"`),
);

const reference = fc.constantFrom(
  "local.a",
  "local.b",
  "local.c",
  "local.deep",
  "local.missing",
  "var.v",
  "var.list",
  "var.map",
  "var.unset",
  "var.undeclared",
  "attr.kernel.name",
  "node.unique.name",
  "meta.x",
  "NOMAD_ALLOC_ID",
  "env[\"HOME\"]",
);

export const expression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true, depthIdentifier: "expr", maxDepth: 6 },
    number,
    stringLit,
    reference,
    fc.constantFrom("true", "false", "null"),
    fc.tuple(fc.constantFrom(...FUNCTION_NAMES), fc.array(tie("expr"), { maxLength: 4 }), fc.boolean()).map(([f, args, expand]) => `${f}(${args.join(", ")}${expand && args.length > 0 ? "..." : ""})`),
    fc.array(tie("expr"), { maxLength: 4 }).map((xs) => `[${xs.join(", ")}]`),
    fc.array(fc.tuple(fc.constantFrom("k", "name", "cpu", "\"q k\"", "(local.a)"), tie("expr")), { maxLength: 3 }).map((kvs) => `{ ${kvs.map(([k, v]) => `${k} = ${v}`).join(", ")} }`),
    fc.tuple(tie("expr"), fc.constantFrom("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"), tie("expr")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom("!", "-"), tie("expr")).map(([op, a]) => `${op}(${a})`),
    fc.tuple(tie("expr"), tie("expr"), tie("expr")).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.tuple(tie("expr"), tie("expr"), fc.option(tie("expr"), { nil: undefined })).map(([src, body, cond]) => `[for i, x in ${src} : ${body}${cond === undefined ? "" : ` if ${cond}`}]`),
    fc.tuple(tie("expr"), tie("expr")).map(([src, body]) => `{ for k, v in ${src} : tostring(k) => ${body}... }`),
    fc.tuple(tie("expr"), tie("expr")).map(([a, b]) => `"x\${${a}}y%{ if ${b} }t%{ else }f%{ endif }"`),
    fc.tuple(tie("expr"), tie("expr")).map(([src, body]) => `"%{ for x in ${src} }\${${body}}%{ endfor }"`),
    fc.tuple(tie("expr"), tie("expr")).map(([a, i]) => `${a}[${i}]`),
    tie("expr").map((a) => `${a}.name`),
    tie("expr").map((a) => `${a}[*].cpu`),
    tie("expr").map((a) => `(${a})`),
  ),
})).expr;

/** A jobspec whose locals, variables and attributes are random expressions, some of them read by rules. */
export const expressionJobspec = fc
  .record({
    a: expression,
    b: expression,
    deepDepth: fc.integer({ min: 0, max: 26 }),
    region: expression,
    count: expression,
    env: expression,
    image: expression,
    cpu: expression,
    forEach: expression,
    label: expression,
    data: expression,
  })
  .map((e) => {
    const deep = Array.from({ length: e.deepDepth }, (_, i) => `  d${i + 1} = [local.d${i}, local.d${i}]`).join("\n");
    return `variable "v" {
  default = ${e.a}
}
variable "list" {
  default = [1, "two", { name = "n", cpu = 500 }]
}
variable "map" {
  default = { k = "v", cpu = 1 }
}
variable "unset" {}
locals {
  a    = ${e.a}
  b    = ${e.b}
  c    = [local.a, local.b]
  d0   = "xx"
${deep}
  deep = local.d${e.deepDepth}
}
job "fuzz" {
  region = ${e.region}
  group "g" {
    count = ${e.count}
    dynamic "task" {
      for_each = ${e.forEach}
      labels   = [${e.label}]
      content {
        driver = "ecs"
        template {
          data        = ${e.data}
          destination = "local/x"
        }
      }
    }
    task "t" {
      driver = "ecs"
      env    = { X = ${e.env} }
      template {
        data        = ${e.data}
        destination = "local/t"
      }
      config {
        image = ${e.image}
      }
      resources {
        cpu = ${e.cpu}
      }
    }
  }
}
`;
  });
