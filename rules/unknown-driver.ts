import { defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "unknown-driver",
    severity: "info",
    description: "the task's driver has no capability file, so the remote-task rules cannot judge it",
    rationale:
      "Whether a jobspec feature works depends on whether the task's driver advertises the `RemoteTasks` capability. The linter learns that from driver capability files: the ones shipped in `schemas/drivers/` and those given with `--driver-schema`. For a driver it does not know it checks nothing, and says so once per task.",
    fix: "Add a capability file for the driver with `--driver-schema <file>`; the smallest is `{\"name\": \"<driver>\", \"capabilities\": {\"RemoteTasks\": false}}`. A misspelt driver name is also reported this way.",
    docs: [jobspecDoc("task")],
  },
  check(ctx) {
    for (const task of ctx.tasks) {
      const driver = ctx.driverOf(task);
      if (driver.name === undefined || driver.spec !== undefined || driver.attribute === undefined) continue;
      ctx.report({
        at: driver.attribute,
        task,
        message: `driver ${JSON.stringify(driver.name)} of task ${JSON.stringify(task.name)} has no capability file: remote-task rules are skipped for this task`,
      });
    }
  },
});
