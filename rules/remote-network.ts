import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-network",
    severity: "warning",
    feature: "network",
    description: "group networks of all-remote groups and task networks of remote tasks are not the task's network",
    rationale:
      "A group `network` is created on the Nomad client (a bridge or CNI namespace, ports reserved on the client's interfaces). When every task of the group is remote, none of them joins it. A `network` inside a task's `resources` is deprecated since Nomad 0.12 and, for a remote task, up to the driver, which the ECS driver ignores.",
    fix: "Configure networking in the remote runtime (for ECS, `network_configuration` in the task config) and remove the `network` block; keep it only if local tasks of the group need it.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("network")],
  },
  check(ctx) {
    for (const { group, block } of ctx.allRemoteGroupBlocks("network")) {
      ctx.report({ at: block, group, message: `network of ${describeGroup(group)} is created on the Nomad client, but every task of the group runs on a remote driver` });
    }
    for (const { task, block } of ctx.remoteTaskBlocks("resources")) {
      for (const network of blocksOf(block, "network")) {
        ctx.report({ at: network, task, message: `network in the resources of ${ctx.describeTask(task)} is not the task's network: task networks are up to the remote driver` });
      }
    }
  },
});
