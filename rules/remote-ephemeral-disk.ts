import { REMOTE_DRIVERS_DOC, defineRule, describeGroup, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-ephemeral-disk",
    severity: "error",
    feature: "ephemeral_disk",
    description: "ephemeral_disk of a group whose tasks are all remote is never used",
    rationale:
      "The ephemeral disk is the allocation directory on the Nomad client; `sticky` and `migrate` move it between clients. When every task of the group runs on a remote driver, no task can use that disk, yet its size is still reserved on the client.",
    fix: "Remove the `ephemeral_disk` block and use storage the remote runtime provides (for ECS, ephemeral storage in the task definition).",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("ephemeral_disk")],
  },
  check(ctx) {
    for (const { group, block } of ctx.allRemoteGroupBlocks("ephemeral_disk")) {
      ctx.report({ at: block, group, message: `ephemeral_disk of ${describeGroup(group)} is never used: every task of the group runs on a remote driver` });
    }
  },
});
