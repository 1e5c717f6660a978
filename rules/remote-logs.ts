import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-logs",
    severity: "info",
    feature: "logs",
    description: "log rotation settings of remote tasks apply to the client's copy of the logs only",
    rationale:
      "The `logs` block sizes and rotates the files Nomad's log collector writes to `alloc/logs/` on the client. A remote task's own logs live in its runtime (for ECS, CloudWatch or wherever the task definition sends them); the client only sees what the driver forwards, so these settings do not govern the task's logging.",
    fix: "Configure logging in the remote runtime; keep `logs` only to bound the client-side copy, or set `disabled = true` to turn log collection off.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("logs")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("logs")) {
      const what = `logs of task ${JSON.stringify(task.name)}`;
      if (ctx.bool(block.attributes.get("disabled"), what) === true || ctx.bool(block.attributes.get("enabled"), what) === false) continue;
      ctx.report({ at: block, task, message: `logs in ${ctx.describeTask(task)} only rotate the client's copy of the logs, not the remote task's own logging` });
    }
  },
});
