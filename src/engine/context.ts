import type { DriverRegistry } from "../drivers/registry.js";
import type { GroupModel, JobModel, TaskModel } from "../model/job.js";
import { literalString } from "../model/values.js";
import { atLeast, type Version } from "../util/version.js";
import type { Report, RuleContext, TaskDriver } from "./rule.js";

/** Builds the context the rules of one file share; reports go to `sink`. */
export function createRuleContext(
  jobs: readonly JobModel[],
  drivers: DriverRegistry,
  nomadVersion: Version | undefined,
  sink: (r: Report) => void,
): RuleContext {
  const tasks = jobs.flatMap((job) => job.groups.flatMap((group) => group.tasks));
  const driverCache = new Map<TaskModel, TaskDriver>();

  const driverOf = (task: TaskModel): TaskDriver => {
    let d = driverCache.get(task);
    if (d === undefined) {
      const attribute = task.block.attributes.get("driver");
      const name = literalString(attribute);
      d = { name, attribute, spec: name === undefined ? undefined : drivers.get(name) };
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
    isRemote,
    isAllRemote,
    describeTask(task) {
      const name = driverOf(task).name;
      return `task ${JSON.stringify(task.name)}${name === undefined ? "" : ` (driver ${JSON.stringify(name)})`}`;
    },
    report: sink,
  };
}
