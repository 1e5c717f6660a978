import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-dispatch-payload",
    severity: "error",
    feature: "dispatch_payload",
    description: "dispatch_payload in remote tasks is written where the task cannot read it",
    rationale:
      "For a dispatched parameterized job, Nomad writes the payload to a file relative to the task's `local/` directory on the client. A remote task does not see that directory, so the payload is lost.",
    fix: "Hand the input to the remote runtime another way (an object store or queue it can reach) and remove `dispatch_payload`. If the driver delivers the payload itself, declare `\"provides\": [\"dispatch_payload\"]` in its capability file.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("dispatch_payload")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("dispatch_payload")) {
      ctx.report({ at: block, task, message: `dispatch_payload in ${ctx.describeTask(task)} is never delivered: the payload file is written to the local allocation directory` });
    }
  },
});
