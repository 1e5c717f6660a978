import fc from "fast-check";

/**
 * Random HCL native-syntax documents that are valid HCL2: nested blocks with quoted and bare
 * labels, one-line blocks, attributes whose values hold braces in strings, interpolations,
 * nested quotes, heredocs (plain and indented) with block-like text, lists, objects,
 * function calls and conditionals, with all three comment styles between and after items.
 */
const RESERVED = new Set(["true", "false", "null", "for", "in", "if", "endif", "endfor", "else"]);

const ident = fc
  .stringMatching(/^[a-z_][a-z0-9_-]{0,7}$/)
  .filter((s) => !RESERVED.has(s) && !s.endsWith("-"));

const strChunk = fc.constantFrom(
  "plain",
  "{",
  "}",
  "{ }",
  "#",
  "//",
  "/*",
  "*/",
  '\\"',
  "\\\\",
  "\\n",
  "$${literal}",
  "%%{literal}",
  "${var.x}",
  '${upper("}")}',
  '${ { a = "{" }.a }',
  "é",
  "日本",
  "🚀",
  " ",
  "task \\\"x\\\" {",
);

const quoted = fc.array(strChunk, { maxLength: 6 }).map((parts) => `"${parts.join("")}"`);

const heredocLine = fc.constantFrom("text", "}", "{", 'task "x" {', "# not a comment", "${var.y}", "$${x}", "EOTX", "  indented }", "", "日本 🚀");

const heredoc = fc
  .record({ strip: fc.boolean(), lines: fc.array(heredocLine, { maxLength: 4 }), indent: fc.constantFrom("", "  ", "\t") })
  .map(({ strip, lines, indent }) => {
    const body = lines.map((l) => (strip ? indent + l : l)).join("\n");
    return `<<${strip ? "-" : ""}EOT\n${body}${lines.length > 0 ? "\n" : ""}${strip ? indent : ""}EOT`;
  });

const { value } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true, depthIdentifier: "value" },
    fc.integer({ min: 0, max: 99999 }).map(String),
    fc.constantFrom("true", "false", "null", "1.5", "var.name", "local.x[0]", "attr.kernel.name"),
    quoted,
    fc.array(tie("value"), { maxLength: 3, depthIdentifier: "value" }).map((xs) => `[${xs.join(", ")}]`),
    fc
      .uniqueArray(fc.tuple(ident, tie("value")), { maxLength: 3, selector: ([k]) => k })
      .map((kvs) => `{ ${kvs.map(([k, v]) => `${k} = ${v}`).join(", ")} }`),
    fc.tuple(tie("value"), tie("value")).map(([a, b]) => `upper(${a}, ${b})`),
    fc.tuple(tie("value"), tie("value")).map(([a, b]) => `(var.c ? ${a} : ${b})`),
  ),
}));

const comment = fc.constantFrom("# hash { comment", "// slash } comment", "/* block { */", '/* multi\n line "task" { */', "#", "//");

interface Gen {
  indent: string;
  nl: string;
}

type Item = (g: Gen, depth: number) => string;

const attribute: fc.Arbitrary<(name: string) => Item> = fc
  .record({ v: fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: heredoc }), trailing: fc.option(comment, { nil: undefined }) })
  .map(({ v, trailing }) => (name: string) => (g: Gen, depth: number) => {
    const pad = g.indent.repeat(depth);
    const body = v.split("\n").join(g.nl);
    const after = trailing !== undefined && !trailing.includes("\n") && !v.startsWith("<<") ? ` ${trailing}` : "";
    return `${pad}${name} = ${body}${after}`;
  });

const label = fc.oneof(quoted.filter((q) => !q.includes("${") && !q.includes("%{")), ident);

const blockTree: fc.Arbitrary<Item> = fc.letrec<{ block: Item }>((tie) => ({
  // hcl2json rejects a body holding blocks of one type with different label counts, so the
  // count follows from the type name.
  block: ident
    .chain((type) =>
      fc.record({
        type: fc.constant(type),
        labels: fc.array(label, { minLength: type.length % 3, maxLength: type.length % 3 }),
        attrs: fc.uniqueArray(fc.tuple(ident, attribute), { maxLength: 3, selector: ([n]) => n }),
        children: fc.oneof({ depthSize: "small", depthIdentifier: "block" }, fc.constant([]), fc.array(tie("block"), { maxLength: 2 })),
        comments: fc.array(comment, { maxLength: 2 }),
        oneLine: fc.boolean(),
      }),
    )
    .map(({ type, labels, attrs, children, comments, oneLine }) => (g: Gen, depth: number) => {
      const pad = g.indent.repeat(depth);
      const head = [type, ...labels].join(" ");
      const firstAttr = attrs[0];
      if (oneLine && children.length === 0 && attrs.length <= 1) {
        if (firstAttr === undefined) return `${pad}${head} {}`;
        const line = firstAttr[1](firstAttr[0])({ ...g }, 0);
        if (!line.includes("<<") && !line.includes("\n") && !/#|\/\//.test(line.replace(/"(?:[^"\\]|\\.)*"/g, ""))) {
          return `${pad}${head} { ${line} }`;
        }
      }
      const inner: string[] = [];
      comments.forEach((c) => inner.push(g.indent.repeat(depth + 1) + c.split("\n").join(g.nl)));
      for (const [name, make] of attrs) inner.push(make(name)(g, depth + 1));
      for (const child of children) inner.push(child(g, depth + 1));
      return `${pad}${head} {${g.nl}${inner.join(g.nl)}${inner.length > 0 ? g.nl : ""}${pad}}`;
    }),
})).block;

/** A whole document with its line ending and indentation choices. */
export const hclDocument = fc
  .record({
    items: fc.array(blockTree, { minLength: 1, maxLength: 3 }),
    header: fc.option(comment, { nil: undefined }),
    crlf: fc.boolean(),
    tabs: fc.boolean(),
  })
  .map(({ items, header, crlf, tabs }) => {
    const g: Gen = { indent: tabs ? "\t" : "  ", nl: crlf ? "\r\n" : "\n" };
    const head = header === undefined ? "" : header.split("\n").join(g.nl) + g.nl;
    return head + items.map((item) => item(g, 0)).join(g.nl) + g.nl;
  });
