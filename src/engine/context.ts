import type { DriverRegistry } from "../drivers/registry.js";
import type { DocumentEvaluator } from "../eval/document.js";
import { Unknown, toBool, toNum, toStr, type Value } from "../eval/value.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import type { Attribute } from "../model/tree.js";
import { atLeast, type Version } from "../util/nomad-version.js";
import type { Fixer, Report, RuleContext, TaskDriver } from "./rule.js";

function convert<T>(v: Value, to: (v: Value) => T): T | undefined {
  try {
    return to(v);
  } catch {
    return undefined;
  }
}

/** Builds the context the rules of one file share; reports go to `sink`. */
export function createRuleContext(
  jobs: readonly JobModel[],
  drivers: DriverRegistry,
  nomadVersion: Version | undefined,
  evaluator: DocumentEvaluator,
  sink: (r: Report) => void,
  fixer?: Fixer,
): RuleContext {
  const tasks = jobs.flatMap((job) => job.groups.flatMap((group) => group.tasks));
  const driverCache = new Map<TaskModel, TaskDriver>();

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

  const isRemote: RuleContext["isRemote"] = (task, feature) => {
    const spec = driverOf(task).spec;
    if (spec?.capabilities.RemoteTasks !== true) return false;
    return feature === undefined || !(spec.provides ?? []).includes(feature);
  };

  const isAllRemote = (group: GroupModel, feature?: Parameters<RuleContext["isRemote"]>[1]): boolean =>
    group.tasks.length > 0 && group.tasks.every((t) => isRemote(t, feature));

  return {
    jobs,
    tasks,
    nomadVersion,
    targetAtLeast: (min) => (nomadVersion === undefined ? undefined : atLeast(nomadVersion, min)),
    driverOf,
    value: (attr) => evaluator.value(attr),
    string,
    number: typed(toNum),
    bool: typed(toBool),
    isRemote,
    isAllRemote,
    describeTask(task) {
      const name = driverOf(task).name;
      return `task ${JSON.stringify(task.name)}${name === undefined ? "" : ` (driver ${JSON.stringify(name)})`}`;
    },
    fixer,
    report: sink,
  };
}
