import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, jobspecDoc, listing } from "../src/engine/api.js";
import type { TaskModel } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-volume",
    severity: "error",
    feature: "volume",
    description: "volumes and volume mounts of remote tasks are never mounted",
    rationale:
      "Host and CSI volumes are mounted on the Nomad client, into the allocation's directories. A remote task runs elsewhere, so a `volume_mount` in it mounts nothing, and a group `volume` that only remote tasks use claims a host or CSI volume for nothing.",
    fix: "Use storage the remote runtime provides (for ECS, EFS volumes in the task definition), then remove the `volume_mount` blocks and the group `volume` they referenced.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("volume"), jobspecDoc("volume_mount")],
  },
  check(ctx) {
    for (const group of ctx.groups) {
      if (!group.tasks.some((t) => ctx.isRemote(t, "volume"))) continue;
      const mounts = new Map<TaskModel, (string | undefined)[]>();
      for (const task of group.tasks) {
        const taskMounts = blocksOf(task.block, "volume_mount");
        mounts.set(task, taskMounts.map((m) => ctx.string(m.attributes.get("volume"), `volume of a volume_mount in task ${JSON.stringify(task.name)}`)));
        if (!ctx.isRemote(task, "volume")) continue;
        for (const mount of taskMounts) {
          ctx.report({
            at: mount,
            task,
            message: `volume_mount in ${ctx.describeTask(task)} is never mounted: remote tasks cannot reach volumes on the Nomad client`,
          });
        }
      }
      const allRemote = ctx.isAllRemote(group, "volume");
      // A mount whose volume name is an expression could name any volume: stay quiet then.
      const unresolved = [...mounts.values()].some((names) => names.includes(undefined));
      for (const volume of blocksOf(group.block, "volume")) {
        const name = volume.labels[0] ?? "";
        const what = `volume ${JSON.stringify(name)} of ${describeGroup(group)}`;
        if (allRemote) {
          ctx.report({ at: volume, group, message: `${what} is never mounted: every task of the group runs on a remote driver` });
          continue;
        }
        if (unresolved) continue;
        const users = group.tasks.filter((t) => mounts.get(t)?.includes(name));
        if (users.length > 0 && users.every((t) => ctx.isRemote(t, "volume"))) {
          ctx.report({
            at: volume,
            group,
            message: `${what} is mounted only by remote tasks, which cannot reach it: ${listing(users.map((t) => ctx.describeTask(t)))}`,
          });
        }
      }
    }
  },
});
