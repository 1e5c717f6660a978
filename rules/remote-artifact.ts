import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-artifact",
    severity: "error",
    feature: "artifact",
    description: "artifact blocks in remote tasks are never downloaded",
    rationale:
      "Nomad downloads artifacts into the task's directory on the client (`local/` by default) before the task starts. A remote task driver runs the task in another runtime that does not see the client's allocation directory, so the files never reach the task, and Nomad says nothing about it.",
    fix: "Remove the `artifact` block and bake the files into the image or fetch them in the remote runtime (for ECS, in the task definition). If the driver copies the allocation directory to its runtime, declare `\"provides\": [\"artifact\"]` in its capability file.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("artifact")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("artifact")) {
      ctx.report({ at: block, task, message: `artifact in ${ctx.describeTask(task)} is never downloaded: remote tasks have no local allocation directory` });
    }
  },
});
