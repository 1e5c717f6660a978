import type { DriverSpec } from "../drivers/registry.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import type { Attribute, Block, Path } from "../model/tree.js";
import type { Severity } from "../types.js";
import type { Value } from "../eval/value.js";
import type { Version } from "../util/version.js";

/** Jobspec features that live on the Nomad client; a driver may declare it provides one. */
export type RemoteFeature =
  | "artifact"
  | "template"
  | "dispatch_payload"
  | "volume"
  | "ephemeral_disk"
  | "vault"
  | "network"
  | "connect"
  | "resources"
  | "identity_file"
  | "consul_token"
  | "csi_plugin"
  | "logs";

export interface DocLink {
  readonly title: string;
  readonly url: string;
}

/** Everything about a rule except its check: the source of docs, --explain, SARIF and the config schema. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One line, lower-case, no trailing period. */
  readonly description: string;
  /** Why Nomad behaves so (Markdown). */
  readonly rationale: string;
  /** How to fix (Markdown). */
  readonly fix: string;
  readonly docs: readonly DocLink[];
  /** The remote-limited feature the rule is about; drivers that provide it silence the rule. */
  readonly feature?: RemoteFeature;
}

/** What a rule reports: the node it is about, a message, and the task or group it concerns. */
export interface Report {
  /** A block, an attribute, or any path into the document (inside a driver's config, say). */
  readonly at: Block | Attribute | { readonly path: Path };
  readonly message: string;
  readonly task?: TaskModel;
  readonly group?: GroupModel;
  readonly job?: JobModel;
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
  /** Every task of every job, groups in order. */
  readonly tasks: readonly TaskModel[];
  /** The Nomad version of the target cluster, when the user gave one. */
  readonly nomadVersion: Version | undefined;
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
