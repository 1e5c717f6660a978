import { describe, expect, it } from "vitest";
import { evaluate, Scope, type RootResolver } from "../src/eval/evaluate.js";
import { parseExpression, parseTemplateText } from "../src/eval/parser.js";
import { Unknown, EvalError, type Value } from "../src/eval/value.js";

const roots: RootResolver = {
  variable: (name) => {
    const vars: Record<string, Value> = { n: 3, s: "web", list: ["a", "b", "c"], m: { x: 1, y: 2 }, objs: [{ name: "a" }, { name: "b" }], flag: true };
    if (!(name in vars)) throw new EvalError(`undeclared var.${name}`);
    return vars[name]!;
  },
  local: (name) => (name === "l" ? "local-value" : new Unknown("no")),
  allVariables: () => ({}),
  allLocals: () => ({}),
};
const scope = new Scope(roots, { baseDir: undefined, allowFs: false });
const ev = (text: string) => evaluate(parseExpression(text), scope);
const tpl = (text: string) => {
  const parts = parseTemplateText(text);
  return evaluate({ t: "template", parts }, scope);
};

describe("expressions", () => {
  it.each<[string, Value]>([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 / 4", 2.5],
    ["7 % 3", 1],
    ["-var.n + 1", -2],
    ['"5" + 1', 6],
    ["1 < 2 && !false", true],
    ["var.n >= 3 || false", true],
    ['"a" == "a"', true],
    ['"1" == 1', false],
    ["[1, 2] == [1, 2]", true],
    ["var.flag ? \"yes\" : \"no\"", "yes"],
    ["var.list[1]", "b"],
    ['var.m["y"]', 2],
    ["var.m.x", 1],
    ["var.list.0", "a"],
    ["var.objs[*].name", ["a", "b"]],
    ["var.objs.*.name", ["a", "b"]],
    ["[for x in var.list : upper(x)]", ["A", "B", "C"]],
    ["[for i, x in var.list : \"${i}${x}\" if x != \"b\"]", ["0a", "2c"]],
    ["{for k, v in var.m : v => k}", { "1": "x", "2": "y" }],
    ["{for x in [\"a\", \"b\", \"a\"] : x => x...}", { a: ["a", "a"], b: ["b"] }],
    ["{ a = 1, \"b.c\" = 2, (var.s) = 3 }", { a: 1, "b.c": 2, web: 3 }],
    ["local.l", "local-value"],
    ['"${var.s}-${var.n}"', "web-3"],
    ['"%{ if var.flag }on%{ else }off%{ endif }"', "on"],
    ['"%{ for x in var.list }${x},%{ endfor }"', "a,b,c,"],
    ['"$${literal} %%{also}"', "${literal} %{also}"],
    ['"tab\\there"', "tab\there"],
    ["format(\"%s-%03d\", \"x\", 7)", "x-007"],
    ["join(\",\", var.list)", "a,b,c"],
    ["split(\",\", \"a,b\")", ["a", "b"]],
    // One line takes no indent, however wide (found by the long fuzz run).
    ['indent(1e308, "x")', "x"],
    ['indent(2, "a\\nb")', "a\n  b"],
    ["replace(\"a-b-c\", \"-\", \"_\")", "a_b_c"],
    ["replace(\"abc123\", \"/[0-9]+/\", \"#\")", "abc#"],
    ["lookup(var.m, \"z\", 9)", 9],
    ["merge({a = 1}, {b = 2}, {a = 3})", { a: 3, b: 2 }],
    ["length(var.list)", 3],
    ["concat([1], [2, 3])", [1, 2, 3]],
    ["contains(var.list, \"c\")", true],
    ["keys(var.m)", ["x", "y"]],
    ["values(var.m)", [1, 2]],
    ["range(3)", [0, 1, 2]],
    ["range(1, 7, 2)", [1, 3, 5]],
    ["max(1, 5, 3)", 5],
    ["min([3, 1, 2]...)", 1],
    ["ceil(1.2) + floor(1.8)", 3],
    ["jsonencode({a = [1, true]})", '{"a":[1,true]}'],
    ["jsondecode(\"{\\\"a\\\": 1}\").a", 1],
    ["base64encode(\"nomad\")", "bm9tYWQ="],
    ["sha256(\"x\")", "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"],
    ["try(var.m.missing, \"fallback\")", "fallback"],
    ["can(var.m.missing)", false],
    ["coalesce(\"\", \"b\")", "b"],
    ["flatten([[1], [2, [3]]])", [1, 2, 3]],
    ["distinct([1, 1, 2])", [1, 2]],
    ["regex_replace(\"ab12cd345\", \"[0-9]+\", \"<$0>\")", "ab<12>cd<345>"],
    ["replace(\"key=value\", \"/(?P<k>\\\\w+)=(\\\\w+)/\", \"$${2}:$${k} $$1 $1x\")", "value:key $1 "],
    ["reverse(\"abc\")", "cba"],
    ["substr(\"hello\", 1, 3)", "ell"],
    ["title(\"hello world\")", "Hello World"],
    ["zipmap([\"a\"], [1])", { a: 1 }],
    ["element(var.list, 4)", "b"],
    ["slice(var.list, 1, 3)", ["b", "c"]],
    ["sort([\"b\", \"a\"])", ["a", "b"]],
    ["trimprefix(\"v1.2\", \"v\")", "1.2"],
    ["yamlencode({a = 1})", "a: 1\n"],
  ])("%s", (text, expected) => {
    expect(ev(text)).toEqual(expected);
  });

  it("templates as hcl2json hands them over: escapes kept, interpolations evaluated", () => {
    expect(tpl("pre ${var.s} post")).toBe("pre web post");
    expect(tpl("$${NOMAD_ALLOC_DIR}")).toBe("${NOMAD_ALLOC_DIR}");
    expect(tpl("a ${~ \" b \" ~} c")).toBe("a b c");
  });

  it("leaves runtime references and unevaluated functions unknown", () => {
    const node = ev("node.unique.name");
    expect(node).toBeInstanceOf(Unknown);
    expect((node as Unknown).reason).toBe("node.unique.name is only known when the job runs");
    // Nomad keeps what it leaves for the client as the text it was written as.
    expect((node as Unknown).kept).toBe("${node.unique.name}");
    expect((ev('"${attr.kernel.name}-x"') as Unknown).kept).toBe("${attr.kernel.name}-x");
    expect((ev('meta["rack"]') as Unknown).kept).toBe('${meta["rack"]}');
    expect(ev('"${attr.kernel.name}-x"')).toBeInstanceOf(Unknown);
    expect(ev("uuidv4()")).toBeInstanceOf(Unknown);
    expect(ev("var.flag ? NOMAD_ALLOC_ID : \"x\"")).toBeInstanceOf(Unknown);
    expect(ev("upper(env[\"HOME\"])")).toBeInstanceOf(Unknown);
    expect(ev('file("x")')).toBeInstanceOf(Unknown);
  });

  it("throws EvalError where Nomad's parser fails too", () => {
    expect(() => ev("var.nope")).toThrow(EvalError);
    expect(() => ev("nofunc(1)")).toThrow('call to unknown function "nofunc"');
    expect(() => ev("var.list[7]")).toThrow("out of range");
    expect(() => ev("var.m.z")).toThrow('unsupported attribute "z"');
    expect(() => ev('1 + "x"')).toThrow("is not a number");
    expect(() => ev("upper()")).toThrow("upper() takes 1 argument");
    expect(() => ev("1 / 0")).toThrow("division by zero");
    expect(() => ev('{for x in ["a", "a"] : x => 1}')).toThrow("duplicate key");
    // Functions Nomad's jobspec parser does not have (Terraform's regex, tonumber, startswith...).
    for (const call of ['regex("a", "a")', 'regexall("a", "a")', 'tonumber("1")', 'tolist([1])', 'startswith("ab", "a")', 'sum([1])', 'base64gzip("x")']) {
      expect(() => ev(call), call).toThrow("call to unknown function");
    }
    expect(() => ev('reverse(["a", "b"])')).toThrow("where a string is required");
    expect(() => ev('regex_replace("a", "(", "b")')).toThrow("invalid regular expression");
  });

  it("limits what it builds instead of hanging", () => {
    expect(ev("range(100000000)")).toBeInstanceOf(Unknown);
    const deep = "(".repeat(500) + "1" + ")".repeat(500);
    expect(() => parseExpression(deep)).toThrow("nested too deeply");
  });
});
