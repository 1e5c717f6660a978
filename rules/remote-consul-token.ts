import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-consul-token",
    severity: "warning",
    feature: "consul_token",
    description: "task-level consul blocks of remote tasks deliver their token to the client's secrets directory",
    rationale:
      "A task-level `consul` block (Nomad 1.7 and later, with workload identities) makes Nomad log in to Consul for the task and write the token to `secrets/consul_token` in the allocation directory on the client (and `CONSUL_TOKEN`). A remote task does not see that directory. With a target older than 1.7 the block does not exist and the rule stays quiet.",
    fix: "Remove the task-level `consul` block from remote tasks and give them Consul credentials through the remote runtime.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("consul")],
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.7.0") === false) return;
    for (const { task, block } of ctx.remoteTaskBlocks("consul")) {
      ctx.report({ at: block, task, message: `consul in ${ctx.describeTask(task)} writes its token to the secrets directory on the Nomad client, out of the task's reach` });
    }
  },
});
