import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { shippedRegistry } from "../src/drivers/registry.js";
import { lintWith, testContext } from "./support/lint.js";
import { buildJobs } from "../src/model/job.js";
import { buildTree } from "../src/model/tree.js";
import { literalString } from "../src/model/values.js";
import { parseHcl } from "../src/parse/hcl.js";
import { SourceText } from "../src/parse/source.js";
import type { LintResult } from "../src/results/diagnostic.js";
import { corpusEntries, type CorpusEntry } from "./support/corpus.js";
import { corpusDir, corpusPresent } from "./support/paths.js";

/** True when the file has tasks and every one names a shipped driver without RemoteTasks. */
async function allTasksLocal(text: string): Promise<boolean> {
  const parsed = await parseHcl(new SourceText(text));
  if (!parsed.ok) return false;
  const tasks = buildJobs(buildTree(parsed.json)).flatMap((j) => j.groups.flatMap((g) => g.tasks));
  const registry = shippedRegistry();
  return (
    tasks.length > 0 &&
    tasks.every((t) => {
      const name = literalString(t.block.attributes.get("driver"));
      return name !== undefined && registry.get(name)?.capabilities.RemoteTasks === false;
    })
  );
}

describe.skipIf(!corpusPresent)(`corpus sweep over ${corpusDir}`, () => {
  const entries = corpusPresent ? corpusEntries() : [];
  const results = new Map<string, { entry: CorpusEntry; text: string; result: LintResult }>();

  beforeAll(async () => {
    const context = testContext(corpusDir, { configLookup: false });
    for (const entry of entries) {
      const text = readFileSync(entry.absPath, "utf8");
      results.set(entry.localPath, { entry, text, result: await lintWith(context, text, entry.absPath) });
    }
  });

  it("lints every file of the corpus, HCL and API JSON, without crashing", () => {
    expect(entries.length).toBe(610);
    expect(results.size).toBe(entries.length);
  });

  it("parses every file that PARSE.tsv marks ok and rejects every file it marks error, but reports each template once, as one", () => {
    const wrong: string[] = [];
    let templates = 0;
    for (const { entry, result } of results.values()) {
      if (entry.kind === "template") {
        templates++;
        const ids = result.messages.map((m) => m.ruleId);
        if (ids.length !== 1 || ids[0] !== "jobspec-template") wrong.push(`${entry.localPath} (a template: ${ids.join(", ")})`);
        continue;
      }
      const syntax = result.messages.some((m) => m.ruleId === "syntax");
      if (syntax !== (entry.parse === "error")) wrong.push(`${entry.localPath} (PARSE.tsv: ${entry.parse})`);
      if (result.messages.some((m) => m.ruleId === "jobspec-template")) wrong.push(`${entry.localPath} (not a template, reported as one)`);
    }
    expect(templates).toBe(63);
    expect(wrong).toEqual([]);
  });

  it("gives no error for a variable linted without its value: a note, and notes where checks are skipped", () => {
    const unset = [...results.values()].flatMap(({ result }) => result.messages.filter((m) => m.ruleId === "variable-unset"));
    expect(unset.length).toBeGreaterThan(100);
    expect(unset.every((m) => m.severity === "info")).toBe(true);
    const unsetErrors = [...results.values()].flatMap(({ entry, result }) =>
      result.messages.filter((m) => m.severity === "error" && /has no value/.test(m.message)).map((m) => `${entry.localPath}:${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(unsetErrors).toEqual([]);
  });

  it("reports no remote-* diagnostic on files whose tasks all use local drivers", async () => {
    let local = 0;
    const offenders: string[] = [];
    for (const { entry, text, result } of results.values()) {
      if (!(await allTasksLocal(text))) continue;
      local++;
      const remote = result.messages.filter((m) => m.ruleId.startsWith("remote-"));
      if (remote.length > 0) offenders.push(`${entry.localPath}: ${remote.map((m) => m.ruleId).join(", ")}`);
    }
    expect(local).toBeGreaterThan(300);
    expect(offenders).toEqual([]);
  });

  it("reports jobspec-schema only where Nomad would reject the file too (each justified below)", () => {
    // Files on which a jobspec-schema finding is right, and why. A finding elsewhere is a
    // false positive to fix in the schema, not a line to add here.
    const justified: [RegExp, string][] = [
      [/^hashicorp__nomad\/mpl-a4cc76b\/jobspec\/test-fixtures\//, "fixtures of the HCL1 parser, many intentionally invalid or in HCL1-only syntax"],
      [
        /^hashicorp__nomad\/mpl-a4cc76b\/website-examples\/(docs__job-specification__|docs__runtime__interpolation__block2\.|tools__autoscaling__policy__block1\.)/,
        'documentation snippets with parts elided: the task driver, a group\'s tasks, a job\'s groups (the server refuses them: "Missing task driver", "Missing tasks for task group", "Missing job task groups")',
      ],
      [/^hashicorp__nomad\/jobspec2\/test-fixtures\//, "fixtures of the HCL2 parser tests, which leave out the driver"],
      [/^hashicorp__nomad-driver-ecs\/README-examples\/block3\.task-fragment\.hcl$/, "a task fragment from a README, not a job"],
      [/^hashicorp__nomad\/mpl-a4cc76b\/website-examples\/api-docs__jobs__block(18|20|48)\.json$/, "API responses (job versions, a diff, a plan), not job documents"],
      [/^brucellino__nomad-jobs\/hubot\.nomad$/, 'task "install" has no driver: nomad job validate rejects it ("Missing task driver")'],
      [/^perrymanuk__hashi-homelab\/nomad_jobs\/TEMPLATE\.job$/, "a template: port to is the placeholder __PORT__, not a number"],
      [/^perrymanuk__hashi-homelab\/nomad_jobs\/(ai-ml\/crawl4ai|observability\/loki)\/nomad\.job$/, "two update blocks in one group: HCL2 rejects a repeated singleton block"],
    ];
    const unexplained: string[] = [];
    const used = new Set<RegExp>();
    for (const { entry, result } of results.values()) {
      for (const m of result.messages.filter((x) => x.ruleId === "jobspec-schema")) {
        const reason = justified.find(([re]) => re.test(entry.localPath));
        if (reason === undefined) unexplained.push(`${entry.localPath}:${m.line}:${m.column} ${m.message}`);
        else used.add(reason[0]);
      }
    }
    expect(unexplained).toEqual([]);
    expect(justified.filter(([re]) => !used.has(re)).map(([, why]) => why)).toEqual([]);
  });

  it("finds exactly one remote-resources (no resources block) in the ECS demo and no other remote finding", () => {
    const demo = results.get("hashicorp__nomad-driver-ecs/demo/nomad/demo-ecs.nomad");
    expect(demo).toBeDefined();
    const remote = demo!.result.messages.filter((m) => m.ruleId.startsWith("remote-"));
    expect(remote.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([["remote-resources", 17, 5, 17, 23]]);
    expect(remote[0]!.message).toContain("has no resources block");
  });
});
