/**
 * The API rules are written against. Rules import from here only; the engine never
 * imports rules (the rule list is handed to it by src/index.ts).
 */
export { defineRule } from "./rule.js";
export type { DocLink, Fixer, RemoteFeature, Report, Rule, RuleContext, RuleMeta, TaskDriver } from "./rule.js";
export type { Fix, Suggestion } from "../results/diagnostic.js";
export { REMOTE_CPU, REMOTE_MEMORY, insertResourcesFix, resourcesBlockFix } from "../edit/edits.js";
export { literalNumber } from "../model/values.js";
export { REMOTE_DRIVERS_DOC, jobspecDoc } from "./docs.js";
export type { GroupModel, JobModel, TaskModel } from "../model/job.js";
export type { Attribute, Block, Path } from "../model/tree.js";
export { blocksOf } from "../model/tree.js";
export { configValidator, validateConfig } from "../drivers/task-config.js";

import type { Block } from "../model/tree.js";
import type { RuleContext } from "./rule.js";

/** `service "api"` when the service's name is known, else `service #2` (1-based, in its body). */
export function describeService(ctx: RuleContext, service: Block, siblings: readonly Block[]): string {
  const name = ctx.string(service.attributes.get("name"));
  return name === undefined ? `service #${siblings.indexOf(service) + 1}` : `service ${JSON.stringify(name)}`;
}

/** `group "web"`. */
export function describeGroup(group: { name: string }): string {
  return `group ${JSON.stringify(group.name)}`;
}

/** Joins quoted descriptions: `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]!}`;
}
