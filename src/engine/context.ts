import type { DriverRegistry } from "../drivers/registry.js";
import type { DocumentEvaluator } from "../eval/document.js";
import { Unknown, keptText, toBool, toNum, toStr, type Value } from "../eval/value.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import type { Attribute } from "../model/tree.js";
import type { RemoteFeature, RuleMeta } from "../results/rule-meta.js";
import { atLeast, type Version } from "../util/nomad-version.js";
import { describeTask } from "./describe.js";
import type { GroupBlock, Report, RuleContext, TaskBlock, TaskDriver } from "./rule.js";

function convert<T>(v: Value, to: (v: Value) => T): T | undefined {
  try {
    return to(v);
  } catch {
    return undefined;
  }
}

/**
 * The context the rules of one file share. The rule loop says which rule runs (`useRule`):
 * its feature decides `remoteTasks` and the walks like it, made when a rule first asks.
 */
export class FileContext implements RuleContext {
  readonly groups: readonly GroupModel[];
  readonly tasks: readonly TaskModel[];
  readonly #drivers: DriverRegistry;
  readonly #evaluator: DocumentEvaluator;
  readonly #driverCache = new Map<TaskModel, TaskDriver>();
  #feature: RemoteFeature | undefined;
  #walks: { tasks: readonly TaskModel[]; groups: readonly GroupModel[] } | undefined;
  /** The walks with no feature (every remote task), which serve every feature no driver provides. */
  #anyFeature: { tasks: readonly TaskModel[]; groups: readonly GroupModel[] } | undefined;

  constructor(
    readonly jobs: readonly JobModel[],
    drivers: DriverRegistry,
    readonly nomadVersion: Version | undefined,
    evaluator: DocumentEvaluator,
    readonly jsonSyntax: boolean,
    readonly report: (r: Report) => void,
  ) {
    this.groups = jobs.flatMap((job) => job.groups);
    this.tasks = this.groups.flatMap((group) => group.tasks);
    this.#drivers = drivers;
    this.#evaluator = evaluator;
  }

  useRule(meta: RuleMeta): void {
    if (meta.feature !== this.#feature) this.#walks = undefined;
    this.#feature = meta.feature;
  }

  #remote(): { tasks: readonly TaskModel[]; groups: readonly GroupModel[] } {
    if (this.#walks !== undefined) return this.#walks;
    this.#anyFeature ??= { tasks: this.tasks.filter((t) => this.isRemote(t)), groups: this.groups.filter((g) => this.isAllRemote(g)) };
    const feature = this.#feature;
    // Drivers that provide a feature themselves are rare: most walks are the same as for no feature.
    const provided = feature !== undefined && this.#anyFeature.tasks.some((t) => this.driverOf(t).spec?.provides?.includes(feature) === true);
    this.#walks = !provided
      ? this.#anyFeature
      : { tasks: this.tasks.filter((t) => this.isRemote(t, feature)), groups: this.groups.filter((g) => this.isAllRemote(g, feature)) };
    return this.#walks;
  }

  get remoteTasks(): readonly TaskModel[] {
    return this.#remote().tasks;
  }

  remoteTaskBlocks(type: string): readonly TaskBlock[] {
    const out: TaskBlock[] = [];
    for (const task of this.#remote().tasks) for (const block of task.block.blocks) if (block.type === type) out.push({ task, block });
    return out;
  }

  allRemoteGroupBlocks(type: string): readonly GroupBlock[] {
    const out: GroupBlock[] = [];
    for (const group of this.#remote().groups) for (const block of group.block.blocks) if (block.type === type) out.push({ group, block });
    return out;
  }

  targetAtLeast(min: string): boolean | undefined {
    return this.nomadVersion === undefined ? undefined : atLeast(this.nomadVersion, min);
  }

  #typed<T>(to: (v: Value) => T, attr: Attribute | undefined, decides: string | undefined): T | undefined {
    if (attr === undefined) return undefined;
    const v = this.#evaluator.value(attr);
    if (v instanceof Unknown) {
      if (decides !== undefined) this.#evaluator.consulted(attr, v, decides);
      return undefined;
    }
    return convert(v, to);
  }

  value(attr: Attribute): Value {
    return this.#evaluator.value(attr);
  }

  string(attr: Attribute | undefined, decides?: string): string | undefined {
    return this.#typed(toStr, attr, decides);
  }

  number(attr: Attribute | undefined, decides?: string): number | undefined {
    return this.#typed(toNum, attr, decides);
  }

  text(attr: Attribute | undefined): string | undefined {
    return attr === undefined ? undefined : keptText(this.#evaluator.value(attr));
  }

  bool(attr: Attribute | undefined, decides?: string): boolean | undefined {
    return this.#typed(toBool, attr, decides);
  }

  driverOf(task: TaskModel): TaskDriver {
    let d = this.#driverCache.get(task);
    if (d === undefined) {
      const attribute = task.block.attributes.get("driver");
      const name = this.string(attribute, `driver of task ${JSON.stringify(task.name)}`);
      d = { name, attribute, spec: name === undefined ? undefined : this.#drivers.get(name), origin: name === undefined ? undefined : this.#drivers.origin(name) };
      this.#driverCache.set(task, d);
    }
    return d;
  }

  isRemote(task: TaskModel, feature?: RemoteFeature): boolean {
    const spec = this.driverOf(task).spec;
    if (spec?.capabilities.RemoteTasks !== true) return false;
    return feature === undefined || !(spec.provides ?? []).includes(feature);
  }

  isAllRemote(group: GroupModel, feature?: RemoteFeature): boolean {
    return group.tasks.length > 0 && group.tasks.every((t) => this.isRemote(t, feature));
  }

  describeTask(task: TaskModel): string {
    return describeTask(task, this.driverOf(task).name);
  }
}
