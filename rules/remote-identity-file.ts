import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-identity-file",
    severity: "warning",
    feature: "identity_file",
    description: "workload identity files of remote tasks are written to the client's secrets directory",
    rationale:
      "With `identity { file = true }` Nomad writes the task's workload identity JWT to `secrets/nomad_token` (or `filepath`) in the allocation directory on the client. A remote task does not see that directory, so it never finds the token. The `identity` block exists from Nomad 1.5; with an older target version the rule stays quiet.",
    fix: "Remove `file = true` from remote tasks and hand the identity over another way the driver supports, or use `env = true` if the driver forwards the environment.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("identity")],
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.5.0") === false) return;
    for (const { task, block } of ctx.remoteTaskBlocks("identity")) {
      const file = block.attributes.get("file");
      if (ctx.bool(file, `file of an identity in task ${JSON.stringify(task.name)}`) !== true) continue;
      ctx.report({ at: file!, task, message: `identity file of ${ctx.describeTask(task)} is written to the secrets directory on the Nomad client, out of the task's reach` });
    }
  },
});
