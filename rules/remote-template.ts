import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-template",
    severity: "error",
    feature: "template",
    description: "template blocks in remote tasks are never rendered where the task can read them",
    rationale:
      "The Nomad client renders templates into the task's `local/` or `secrets/` directory (or into environment variables read from there). A remote task runs in another runtime that does not see the client's allocation directory, so the rendered files and `env = true` variables never reach it.",
    fix: "Move the configuration into the remote runtime (for ECS, the task definition's environment or secrets) and remove the `template` block. If the driver copies the allocation directory to its runtime, declare `\"provides\": [\"template\"]` in its capability file.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("template")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("template")) {
      ctx.report({ at: block, task, message: `template in ${ctx.describeTask(task)} is not rendered: remote tasks have no local allocation directory` });
    }
  },
});
