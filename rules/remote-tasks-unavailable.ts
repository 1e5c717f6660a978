import { REMOTE_DRIVERS_DOC, defineRule } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-tasks-unavailable",
    severity: "error",
    description: "remote tasks on a target older than Nomad 1.1 have no remote task support (with --nomad-version)",
    rationale:
      "Remote task drivers arrived in Nomad 1.1.0 as a technical preview (PR #10248). Before it the client knows nothing of the `RemoteTasks` capability, and the drivers that advertise it were built against Nomad 1.1 or later. This rule fires only when the target version is given (`--nomad-version` or `nomadVersion`).",
    fix: "Upgrade the cluster to Nomad 1.1 to 1.9, or run the task on a local driver.",
    docs: [REMOTE_DRIVERS_DOC],
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.1.0") !== false) return;
    const target = ctx.nomadVersion?.join(".") ?? "";
    for (const task of ctx.tasks) {
      const driver = ctx.driverOf(task);
      if (!ctx.isRemote(task) || driver.attribute === undefined) continue;
      ctx.report({
        at: driver.attribute,
        task,
        message: `remote task drivers need Nomad 1.1.0 or later, the target is ${target}: ${ctx.describeTask(task)} cannot run as a remote task`,
      });
    }
  },
});
