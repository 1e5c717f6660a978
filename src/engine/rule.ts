import type { DriverSpec } from "../drivers/registry.js";
import type { RemoteFeature, RuleMeta } from "../results/rule-meta.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import type { Attribute, Block, Path } from "../model/tree.js";
import type { AttributeValue, SetAttributesOptions } from "../edit/edits.js";
import type { Fix } from "../results/diagnostic.js";
import type { Value } from "../eval/value.js";
import type { Version } from "../util/nomad-version.js";

export type { DocLink, RemoteFeature, RuleMeta } from "../results/rule-meta.js";

/**
 * An edit a rule describes with the editor's generic edits, as tflint's fix callbacks do:
 * the engine calls it only when the run asks for edits (--fix, or a report that prints
 * them). A plain Fix is an edit already computed.
 */
export type EditFn = (edit: Editor) => Fix | undefined;

/** An edit offered for a finding but never applied by --fix. */
export interface SuggestedEdit {
  readonly desc: string;
  readonly fix: EditFn | Fix;
}

/** What a rule reports: the node it is about, a message, and the task or group it concerns. */
export interface Report {
  /** A block, an attribute, or any path into the document (inside a driver's config, say). */
  readonly at: Block | Attribute | { readonly path: Path };
  readonly message: string;
  readonly task?: TaskModel;
  readonly group?: GroupModel;
  readonly job?: JobModel;
  /** The edit that resolves the finding, for --fix. */
  readonly fix?: EditFn | Fix;
  /**
   * Edits offered but never applied by --fix (`[]` for none). Without them, a finding of a
   * rule with a `feature` offers to remove the block or attribute it is about.
   */
  readonly suggestions?: readonly SuggestedEdit[];
}

/**
 * The edits a rule can describe, on blocks and attributes as the file writes them. Each is
 * undefined where the file gives no place for it: an API JSON document, a block made by
 * `dynamic`, a layout the edit cannot change safely.
 */
export interface Editor {
  /** Removes a block or an attribute with the lines it stands on. */
  remove(node: Block | Attribute): Fix | undefined;
  /** Sets, inserts and removes attributes of a block (see edit/edits.ts setAttributes). */
  setAttributes(block: Block, values: readonly AttributeValue[], options?: SetAttributesOptions): Fix | undefined;
  /** Adds a block of attributes at the end of a block's body. */
  insertBlock(parent: Block, type: string, attributes: readonly (readonly [string, string | number])[]): Fix | undefined;
}

/** A block of a remote task, with the task. */
export interface TaskBlock {
  readonly task: TaskModel;
  readonly block: Block;
}

/** A block of a group whose tasks are all remote, with the group. */
export interface GroupBlock {
  readonly group: GroupModel;
  readonly block: Block;
}

/** The driver of a task as written: a literal name, an expression, or nothing. */
export interface TaskDriver {
  /** The literal driver name; undefined when the attribute is missing or not a literal. */
  readonly name: string | undefined;
  readonly attribute: Attribute | undefined;
  /** The capability file for `name`, when there is one. */
  readonly spec: DriverSpec | undefined;
  /** Where the capability file came from, for messages. */
  readonly origin: string | undefined;
}

/** What a rule sees of one file. */
export interface RuleContext {
  readonly jobs: readonly JobModel[];
  /** Every group of every job, in order. */
  readonly groups: readonly GroupModel[];
  /** Every task of every job, groups in order. */
  readonly tasks: readonly TaskModel[];
  /** The tasks that are remote for the feature of the rule that runs (see isRemote). */
  readonly remoteTasks: readonly TaskModel[];
  /** The blocks of one type in the tasks that are remote for the rule's feature. */
  remoteTaskBlocks(type: string): readonly TaskBlock[];
  /** The blocks of one type in the groups whose tasks are all remote for the rule's feature. */
  allRemoteGroupBlocks(type: string): readonly GroupBlock[];
  /** The Nomad version of the target cluster, when the user gave one. */
  readonly nomadVersion: Version | undefined;
  /** The file is JSON (API JSON or HCL's JSON syntax), where an object stands for a block written once. */
  readonly jsonSyntax: boolean;
  /** Whether the target is at least `min` ("1.7.0"); undefined without a target. */
  targetAtLeast(min: string): boolean | undefined;
  driverOf(task: TaskModel): TaskDriver;
  /** The evaluated value of an attribute (variables, locals and functions applied); may be unknown. */
  value(attr: Attribute): Value;
  /**
   * The attribute's value when it is a known string (number, bool) — HCL's conversions
   * applied — else undefined. With `decides`, an unknown value is reported once as
   * `unresolved-value`, naming what the rule could not decide.
   */
  string(attr: Attribute | undefined, decides?: string): string | undefined;
  number(attr: Attribute | undefined, decides?: string): number | undefined;
  /**
   * The attribute's text as Nomad keeps it: a known string, or for a reference Nomad leaves
   * for the client, its `${...}` form (`"${node.unique.name}"`); else undefined.
   */
  text(attr: Attribute | undefined): string | undefined;
  bool(attr: Attribute | undefined, decides?: string): boolean | undefined;
  /** The task's driver advertises RemoteTasks and does not provide `feature` itself. */
  isRemote(task: TaskModel, feature?: RemoteFeature): boolean;
  /** The group has tasks and every one of them is remote for `feature`. */
  isAllRemote(group: GroupModel, feature?: RemoteFeature): boolean;
  /** `task "web" (driver "ecs")`, for messages. */
  describeTask(task: TaskModel): string;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  /** Pure and synchronous: reads the context, calls `ctx.report`. */
  check(ctx: RuleContext): void;
}

/** Declares a rule; the identity function, for type checking and a uniform shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
