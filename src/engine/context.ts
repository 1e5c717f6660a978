import type { DriverRegistry } from "../drivers/registry.js";
import type { DocumentEvaluator } from "../eval/document.js";
import { Unknown, toBool, toNum, toStr, type Value } from "../eval/value.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import { blocksOf, type Attribute } from "../model/tree.js";
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

/** The context the rules of one file share, and how the rule loop says which rule runs. */
export interface SharedContext {
  readonly context: RuleContext;
  /** The rule whose check runs next: its feature decides `remoteTasks` and the like. */
  useRule(meta: RuleMeta): void;
}

/** Builds the context the rules of one file share; reports go to `sink`. */
export function createRuleContext(
  jobs: readonly JobModel[],
  drivers: DriverRegistry,
  nomadVersion: Version | undefined,
  evaluator: DocumentEvaluator,
  sink: (r: Report) => void,
): SharedContext {
  const groups = jobs.flatMap((job) => job.groups);
  const tasks = groups.flatMap((group) => group.tasks);
  const driverCache = new Map<TaskModel, TaskDriver>();
  let feature: RemoteFeature | undefined;
  // Walks for the feature of the rule that runs, made when a rule first asks.
  let remote: { tasks: TaskModel[]; groups: GroupModel[] } | undefined;

  const typed =
    <T>(to: (v: Value) => T) =>
    (attr: Attribute | undefined, decides?: string): T | undefined => {
      if (attr === undefined) return undefined;
      const v = evaluator.value(attr);
      if (v instanceof Unknown) {
        if (decides !== undefined) evaluator.consulted(attr, v, decides);
        return undefined;
      }
      return convert(v, to);
    };
  const string = typed(toStr);

  const driverOf = (task: TaskModel): TaskDriver => {
    let d = driverCache.get(task);
    if (d === undefined) {
      const attribute = task.block.attributes.get("driver");
      const name = string(attribute, `driver of task ${JSON.stringify(task.name)}`);
      d = { name, attribute, spec: name === undefined ? undefined : drivers.get(name), origin: name === undefined ? undefined : drivers.origin(name) };
      driverCache.set(task, d);
    }
    return d;
  };

  const isRemote: RuleContext["isRemote"] = (task, f) => {
    const spec = driverOf(task).spec;
    if (spec?.capabilities.RemoteTasks !== true) return false;
    return f === undefined || !(spec.provides ?? []).includes(f);
  };

  const isAllRemote = (group: GroupModel, f?: RemoteFeature): boolean => group.tasks.length > 0 && group.tasks.every((t) => isRemote(t, f));

  const walks = () =>
    (remote ??= {
      tasks: tasks.filter((t) => isRemote(t, feature)),
      groups: groups.filter((g) => isAllRemote(g, feature)),
    });

  const context: RuleContext = {
    jobs,
    groups,
    tasks,
    get remoteTasks() {
      return walks().tasks;
    },
    remoteTaskBlocks: (type) => walks().tasks.flatMap((task): TaskBlock[] => blocksOf(task.block, type).map((block) => ({ task, block }))),
    allRemoteGroupBlocks: (type) => walks().groups.flatMap((group): GroupBlock[] => blocksOf(group.block, type).map((block) => ({ group, block }))),
    nomadVersion,
    targetAtLeast: (min) => (nomadVersion === undefined ? undefined : atLeast(nomadVersion, min)),
    driverOf,
    value: (attr) => evaluator.value(attr),
    string,
    number: typed(toNum),
    bool: typed(toBool),
    isRemote,
    isAllRemote,
    describeTask: (task) => describeTask(task, driverOf(task).name),
    report: sink,
  };
  return {
    context,
    useRule(meta) {
      if (meta.feature !== feature) remote = undefined;
      feature = meta.feature;
    },
  };
}
