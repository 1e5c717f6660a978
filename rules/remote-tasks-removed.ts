import { REMOTE_DRIVERS_DOC, defineRule } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-tasks-removed",
    severity: "error",
    description: "remote tasks on a Nomad 1.10 or later target lose remote task support (with --nomad-version)",
    rationale:
      "Nomad 1.10 removed remote task execution (PR #24909): the `RemoteTasks` capability is ignored, so on a node drain or a lost node Nomad stops the remote task instead of detaching it and handing its handle to a replacement allocation. The upgrade guide for 1.10 says so. This rule fires only when the target version is given (`--nomad-version` or `nomadVersion`).",
    fix: "Keep clusters that run remote task drivers on Nomad 1.9 or earlier, or move the workload to a local driver or to the remote platform's own scheduler.",
    docs: [
      REMOTE_DRIVERS_DOC,
      { title: "Nomad 1.10 upgrade guide", url: "https://developer.hashicorp.com/nomad/docs/upgrade/upgrade-specific#nomad-1-10-0" },
    ],
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.10.0") !== true) return;
    for (const task of ctx.tasks) {
      const driver = ctx.driverOf(task);
      if (!ctx.isRemote(task) || driver.attribute === undefined) continue;
      ctx.report({
        at: driver.attribute,
        task,
        message: "Nomad 1.10 removed remote task support: on drain or node loss this task is stopped, not handed over",
      });
    }
  },
});
