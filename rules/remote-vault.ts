import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, describeJob, jobspecDoc, listing } from "../src/engine/api.js";
import type { TaskModel } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-vault",
    severity: "warning",
    feature: "vault",
    description: "vault tokens of remote tasks are written to the client's secrets directory, out of the task's reach",
    rationale:
      "Nomad derives a Vault token for the task and writes it to `secrets/vault_token` in the allocation directory on the client (and into `VAULT_TOKEN` when the driver forwards the environment). A remote task does not see that directory. A `vault` block at job or group level is copied by Nomad into every task of its scope that has none of its own, so it reaches remote tasks too.",
    fix: "Give remote tasks their secrets through the remote runtime (for ECS, secrets in the task definition) and remove `vault` from them; move a job- or group-level `vault` into the local tasks that need it.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("vault")],
  },
  check(ctx) {
    const tokenNote = "the token is written to the secrets directory on the Nomad client";
    for (const job of ctx.jobs) {
      const jobHeirs: TaskModel[] = [];
      for (const group of job.groups) {
        const groupVaults = blocksOf(group.block, "vault");
        const groupHeirs: TaskModel[] = [];
        for (const task of group.tasks) {
          const own = blocksOf(task.block, "vault");
          const remote = ctx.isRemote(task, "vault");
          for (const vault of own) {
            if (remote) ctx.report({ at: vault, task, message: `vault in ${ctx.describeTask(task)} does not reach the task: ${tokenNote}` });
          }
          if (own.length > 0 || !remote) continue;
          (groupVaults.length > 0 ? groupHeirs : jobHeirs).push(task);
        }
        for (const vault of groupHeirs.length > 0 ? groupVaults : []) {
          ctx.report({
            at: vault,
            group,
            ...(groupHeirs.length === 1 ? { task: groupHeirs[0]! } : {}),
            message: `vault of ${describeGroup(group)} is inherited by remote ${listing(groupHeirs.map((t) => ctx.describeTask(t)))}: ${tokenNote}`,
          });
        }
      }
      for (const vault of jobHeirs.length > 0 ? blocksOf(job.block, "vault") : []) {
        ctx.report({
          at: vault,
          job,
          ...(jobHeirs.length === 1 ? { task: jobHeirs[0]! } : {}),
          message: `vault of ${describeJob(job)} is inherited by remote ${listing(jobHeirs.map((t) => ctx.describeTask(t)))}: ${tokenNote}`,
        });
      }
    }
  },
});
