import { REMOTE_DRIVERS_DOC, defineRule, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-csi-plugin",
    severity: "error",
    feature: "csi_plugin",
    description: "a remote task cannot be a CSI plugin",
    rationale:
      "A `csi_plugin` task serves CSI volumes to the Nomad client it runs beside: Nomad connects to its socket in the allocation directory (`mount_dir`) and mounts volumes on that node. A remote task runs elsewhere, so the client never reaches the plugin and volumes of that plugin never mount.",
    fix: "Run CSI plugins with a local driver (usually docker, privileged) on every client that needs the volumes.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("csi_plugin")],
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("csi_plugin")) {
      ctx.report({ at: block, task, message: `csi_plugin in ${ctx.describeTask(task)} cannot serve volumes: the Nomad client reaches plugins through its local allocation directory` });
    }
  },
});
