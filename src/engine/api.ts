/**
 * The API rules are written against. Rules import from here only; the engine never
 * imports rules (the run hands the rule list to the linter).
 */
export { defineRule } from "./rule.js";
export type { DocLink, EditFn, Editor, GroupBlock, RemoteFeature, Report, Rule, RuleContext, RuleMeta, SuggestedEdit, TaskBlock, TaskDriver } from "./rule.js";
export type { AttributeValue } from "../edit/edits.js";
export type { Fix, Suggestion } from "../results/diagnostic.js";
export { isLiteralNumber } from "../model/values.js";
export { REMOTE_DRIVERS_DOC, jobspecDoc } from "./docs.js";
export type { GroupModel, JobModel, TaskModel } from "../model/job.js";
export type { Attribute, Block, Path } from "../model/tree.js";
export { blocksOf } from "../model/tree.js";
export { configValidator, validateConfig } from "../drivers/task-config.js";
export { describeGroup, describeJob, describeService, listing } from "./describe.js";
