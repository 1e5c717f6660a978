import type { GroupModel, TaskModel } from "../model/job.js";
import type { Block } from "../model/tree.js";
import type { RuleContext } from "./rule.js";

/** `task "web" (driver "ecs")`, the driver named when it is known. */
export function describeTask(task: TaskModel, driver: string | undefined): string {
  return `task ${JSON.stringify(task.name)}${driver === undefined ? "" : ` (driver ${JSON.stringify(driver)})`}`;
}

/** `group "web"`. */
export function describeGroup(group: { name: string }): string {
  return `group ${JSON.stringify(group.name)}`;
}

/** `job "web"`. */
export function describeJob(job: { name: string }): string {
  return `job ${JSON.stringify(job.name)}`;
}

/** `service "api"` when the service's name is known, else `service #2` (1-based, in its body). */
export function describeService(ctx: RuleContext, service: Block, siblings: readonly Block[]): string {
  const name = ctx.string(service.attributes.get("name"));
  return name === undefined ? `service #${siblings.indexOf(service) + 1}` : `service ${JSON.stringify(name)}`;
}

/** Joins descriptions: `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}

/** `the template block`, `the artifact "x" block`, `the env attribute`: what an edit removes. */
export function describeItem(item: { kind: "block"; type: string; labels: readonly string[] } | { kind: "attribute"; name: string }): string {
  return item.kind === "block" ? `the ${[item.type, ...item.labels.map((l) => JSON.stringify(l))].join(" ")} block` : `the ${item.name} attribute`;
}
