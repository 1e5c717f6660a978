import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, describeService, jobspecDoc, type Block, type RuleContext } from "../src/engine/api.js";

/** Why a connect block does nothing for a remote task: its sidecar, or for native Connect what the task itself needs, is on the client. */
function reason(ctx: RuleContext, connect: Block): { what: string; why: string } {
  return ctx.bool(connect.attributes.get("native")) === true
    ? { what: "connect native", why: "a native Connect task needs the Consul agent's socket and the certificates Nomad writes to its secrets directory, both on the Nomad client" }
    : { what: "connect", why: "the sidecar runs on the Nomad client" };
}

export default defineRule({
  meta: {
    id: "remote-connect",
    severity: "error",
    feature: "connect",
    description: "Consul Connect for remote tasks runs on the Nomad client, out of the task's reach: its sidecar, or what a native task needs",
    rationale:
      "For a service with `connect`, Nomad injects an Envoy sidecar task (docker unless set otherwise) into the group and puts it in the group's bridge network namespace on the client. A remote task is not in that namespace, so the sidecar cannot proxy for it: the Remote Task Drivers docs state that Consul Connect sidecars will not work as expected. A native Connect service (`native = true`) has no sidecar, but the task itself must talk to Consul: Nomad points `CONSUL_HTTP_ADDR` at the agent (a socket in the allocation directory in bridge mode) and copies the agent's TLS certificates and the service identity token into the task's `secrets/` directory, all on the client, where a remote task reads none of it.",
    fix: "Remove `connect` from services of remote tasks and use the remote runtime's own service mesh (for ECS, App Mesh or ECS Service Connect), or run the service on a local driver.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("connect")],
  },
  check(ctx) {
    for (const group of ctx.groups) {
      const services = blocksOf(group.block, "service");
      for (const service of services) {
        const connects = blocksOf(service, "connect");
        if (connects.length === 0 || !group.tasks.some((t) => ctx.isRemote(t, "connect"))) continue;
        const allRemote = ctx.isAllRemote(group, "connect");
        const taskName = allRemote ? undefined : ctx.string(service.attributes.get("task"), `task of a service in ${describeGroup(group)}`);
        const task = taskName === undefined ? undefined : group.tasks.find((t) => t.name === taskName);
        if (!allRemote && (task === undefined || !ctx.isRemote(task, "connect"))) continue;
        for (const connect of connects) {
          const { what, why } = reason(ctx, connect);
          const where = `${what} in ${describeService(ctx, service, services)} of ${describeGroup(group)}`;
          const message = allRemote ? `${where} cannot reach its tasks: every task of the group is remote and ${why}` : `${where} cannot reach ${ctx.describeTask(task!)}: ${why}`;
          ctx.report({ at: connect, group, ...(task ? { task } : {}), message });
        }
      }
    }
    for (const task of ctx.remoteTasks) {
      const services = blocksOf(task.block, "service");
      for (const service of services) {
        for (const connect of blocksOf(service, "connect")) {
          const { what, why } = reason(ctx, connect);
          ctx.report({ at: connect, task, message: `${what} in ${describeService(ctx, service, services)} of ${ctx.describeTask(task)} cannot reach the task: ${why}` });
        }
      }
    }
  },
});
