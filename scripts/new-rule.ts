import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run new-rule <id>`: the start of a new rule, as the project lays rules out: the rule
 * in rules/<id>.ts (metadata as data, a check that reports at the narrowest node), a fixture
 * that must fire and one that must stay clean in fixtures/rules/<id>/, and its entry in
 * rules/index.ts. `npm run docs` then writes rules/<id>.md from the metadata; the tests say
 * what is left to do (the fixtures' markers, the README's rule table).
 */
export function scaffoldRule(root: string, id: string): string[] {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new Error(`a rule id is lower-case words joined by "-", such as remote-secrets; got ${JSON.stringify(id)}`);
  const rule = path.join(root, "rules", `${id}.ts`);
  if (existsSync(rule)) throw new Error(`rules/${id}.ts exists already`);
  const name = id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  writeFileSync(
    rule,
    `import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "${id}",
    severity: "warning",
    description: "TODO: one line, lower-case, no trailing period",
    rationale: "TODO: why Nomad behaves so for remote tasks, with what the docs say.",
    fix: "TODO: what the user does about it.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("TODO-block")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("TODO-block")) {
      ctx.report({ at: block, task, message: \`TODO-block in \${ctx.describeTask(task)} does nothing: say why\` });
    }
  },
});
`,
  );
  const dir = path.join(root, "fixtures", "rules", id);
  mkdirSync(dir, { recursive: true });
  const job = (driver: string, marker: string) =>
    `job "example" {\n  group "g" {\n    task "web" {\n      driver = "${driver}"\n\n      resources {\n        cpu    = 1\n        memory = 10\n      }\n${marker}    }\n  }\n}\n`;
  writeFileSync(path.join(dir, "fires-basic.nomad.hcl"), job("ecs", `      # TODO: the block the rule reports, then a marker line under it:\n      #   ^^^^ ${id} the whole message\n`));
  writeFileSync(path.join(dir, "clean-local-driver.nomad.hcl"), job("docker", ""));
  const index = path.join(root, "rules", "index.ts");
  let text = readFileSync(index, "utf8");
  const lastImport = text.lastIndexOf("\nimport ");
  const lineEnd = text.indexOf("\n", lastImport + 1);
  text = `${text.slice(0, lineEnd + 1)}import ${name} from "./${id}.js";\n${text.slice(lineEnd + 1)}`;
  text = text.replace(/\n\];\s*$/, `\n  ${name},\n];\n`);
  writeFileSync(index, text);
  return [path.relative(root, rule), path.relative(root, path.join(dir, "fires-basic.nomad.hcl")), path.relative(root, path.join(dir, "clean-local-driver.nomad.hcl")), "rules/index.ts"];
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const id = process.argv[2];
  if (id === undefined) {
    process.stderr.write("usage: npm run new-rule <rule-id>\n");
    process.exit(2);
  }
  try {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
    for (const f of scaffoldRule(root, id)) process.stdout.write(`wrote ${f}\n`);
    process.stdout.write("next: write the check and the fixtures' markers, run npm run docs, then npm test\n");
  } catch (error) {
    process.stderr.write(`new-rule: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
