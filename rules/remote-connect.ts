import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, describeService, jobspecDoc } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "remote-connect",
    severity: "error",
    feature: "connect",
    description: "Consul Connect for remote tasks runs its sidecar on the Nomad client, out of the task's reach",
    rationale:
      "For a service with `connect`, Nomad injects an Envoy sidecar task (docker unless set otherwise) into the group and puts it in the group's bridge network namespace on the client. A remote task is not in that namespace, so the sidecar cannot proxy for it: the Remote Task Drivers docs state that Consul Connect sidecars will not work as expected.",
    fix: "Remove `connect` from services of remote tasks and use the remote runtime's own service mesh (for ECS, App Mesh or ECS Service Connect), or run the service on a local driver.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("connect")],
  },
  check(ctx) {
    for (const group of ctx.groups) {
      const services = blocksOf(group.block, "service");
      for (const service of services) {
        const connects = blocksOf(service, "connect");
        if (connects.length === 0) continue;
        if (!group.tasks.some((t) => ctx.isRemote(t, "connect"))) continue;
        const what = `connect in ${describeService(ctx, service, services)} of ${describeGroup(group)}`;
        let task: (typeof group.tasks)[number] | undefined;
        let message: string | undefined;
        if (ctx.isAllRemote(group, "connect")) {
          message = `${what} cannot reach its tasks: every task of the group is remote and the sidecar runs on the Nomad client`;
        } else {
          const taskName = ctx.string(service.attributes.get("task"), `task of a service in ${describeGroup(group)}`);
          task = taskName === undefined ? undefined : group.tasks.find((t) => t.name === taskName);
          if (task !== undefined && ctx.isRemote(task, "connect")) message = `${what} cannot reach ${ctx.describeTask(task)}: the sidecar runs on the Nomad client`;
        }
        if (message === undefined) continue;
        for (const connect of connects) ctx.report({ at: connect, group, ...(task ? { task } : {}), message });
      }
    }
    for (const task of ctx.remoteTasks) {
      const services = blocksOf(task.block, "service");
      for (const service of services) {
        for (const connect of blocksOf(service, "connect")) {
          ctx.report({
            at: connect,
            task,
            message: `connect in ${describeService(ctx, service, services)} of ${ctx.describeTask(task)} cannot reach the task: the sidecar runs on the Nomad client`,
          });
        }
      }
    }
  },
});
