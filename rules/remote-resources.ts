import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, isLiteralNumber, jobspecDoc, listing, type Attribute, type Block, type EditFn } from "../src/engine/api.js";

/** What Nomad's remote driver docs ask a remote task to reserve. */
const MIN_CPU = 1;
const MIN_MEMORY = 10;

/**
 * The edit that brings a resources block to the minimum: cpu and memory set where written
 * as literals (a value from an expression is changed where it comes from) or missing, no
 * cores (cpu takes its place), memory_max or device.
 */
const minimumOf =
  (resources: Block): EditFn =>
  (edit) => {
    const wanted = (name: string, value: number) => {
      const a = resources.attributes.get(name);
      return [name, a === undefined || isLiteralNumber(a) ? value : undefined] as const;
    };
    return edit.setAttributes(resources, [wanted("cpu", MIN_CPU), wanted("memory", MIN_MEMORY)], { remove: ["memory_max", "device"], replace: { cores: "cpu" } });
  };

/** Where a value that is not a literal comes from, for the message: the variable to change. */
function origin(a: Attribute): string {
  const v = typeof a.value === "string" ? /^\$\{\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(a.value) : null;
  if (v !== null) return `; the value comes from variable ${JSON.stringify(v[1])}: set it there`;
  return `; the value comes from the expression ${typeof a.value === "string" ? a.value.replace(/^\$\{\s*|\s*\}$/g, "") : JSON.stringify(a.value)}: change what it refers to`;
}

export default defineRule({
  meta: {
    id: "remote-resources",
    severity: "warning",
    feature: "resources",
    fixable: true,
    description: "remote tasks should reserve the minimum resources: cpu = 1, memory = 10",
    rationale:
      "The `resources` block reserves CPU and memory on the Nomad client, which a remote task does not use; it only limits how many tasks a client can manage. Nomad's remote driver docs ask for the minimum allowed, `cpu = 1` and `memory = 10`, with the real sizes set in the driver's `config`. Without a `resources` block Nomad assumes 100 MHz and 300 MB, and `cores`, `memory_max` and `device` reserve client capacity the task never sees.",
    fix: "Set `resources { cpu = 1  memory = 10 }` in the remote task, remove `cores`, `memory_max` and `device`, and size the task in the remote runtime (for ECS, the task definition). `--fix` makes these edits where the values are written as literals; a value from a variable is changed where the variable is set.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("resources")],
  },
  check(ctx) {
    for (const task of ctx.remoteTasks) {
      const who = ctx.describeTask(task);
      const blocks = blocksOf(task.block, "resources");
      if (blocks.length === 0) {
        ctx.report({
          at: task.block,
          task,
          message: `${who} has no resources block, so Nomad reserves 100 MHz and 300 MB on the client: set cpu = ${MIN_CPU} and memory = ${MIN_MEMORY}`,
          suggestions: [],
          fix: (edit) => edit.insertBlock(task.block, "resources", [["cpu", MIN_CPU], ["memory", MIN_MEMORY]]),
        });
        continue;
      }
      for (const resources of blocks) {
        const attr = (name: string) => resources.attributes.get(name);
        const cores = attr("cores");
        // One edit brings the whole block to the minimum; every finding on the block carries
        // it. Its findings are fixed, not removed: no removal suggestions.
        const fixed = { suggestions: [], fix: minimumOf(resources) };
        const missing: string[] = [];
        if (attr("cpu") === undefined && cores === undefined) missing.push("cpu");
        if (attr("memory") === undefined) missing.push("memory");
        if (missing.length > 0) {
          const defaults = missing.map((m) => (m === "cpu" ? "100 MHz" : "300 MB")).join(" and ");
          const wanted = missing.map((m) => `${m} = ${m === "cpu" ? MIN_CPU : MIN_MEMORY}`).join(" and ");
          ctx.report({
            at: resources,
            task,
            message: `resources of ${who} do not set ${listing(missing)}, so Nomad reserves ${defaults} on the client: set ${wanted}`,
            ...fixed,
          });
        }
        for (const [name, wanted] of [["cpu", MIN_CPU], ["memory", MIN_MEMORY]] as const) {
          const a = attr(name);
          const value = ctx.number(a, `${name} of task ${JSON.stringify(task.name)}`);
          if (a === undefined || value === undefined || value === wanted) continue;
          const literal = isLiteralNumber(a);
          ctx.report({
            at: a,
            task,
            message: `${name} = ${value} in ${who} reserves client capacity the remote task does not use: set ${name} = ${wanted}${literal ? "" : origin(a)}`,
            ...(literal ? fixed : { suggestions: [] }),
          });
        }
        if (cores !== undefined) {
          ctx.report({ at: cores, task, message: `cores in ${who} reserves whole client cores the remote task does not use: remove it and set cpu = ${MIN_CPU}`, ...fixed });
        }
        const memoryMax = attr("memory_max");
        if (memoryMax !== undefined) {
          ctx.report({ at: memoryMax, task, message: `memory_max in ${who} reserves client memory the remote task does not use: remove it`, ...fixed });
        }
        for (const device of blocksOf(resources, "device")) {
          ctx.report({
            at: device,
            task,
            message: `device ${JSON.stringify(device.labels[0] ?? "")} in ${who} is attached on the Nomad client, not to the remote task: remove it`,
            ...fixed,
          });
        }
      }
    }
  },
});
