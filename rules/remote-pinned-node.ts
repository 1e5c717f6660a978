import { REMOTE_DRIVERS_DOC, blocksOf, defineRule, describeGroup, describeJob, jobspecDoc, listing, type Block, type GroupModel, type RuleContext } from "../src/engine/api.js";

/** Attributes that name one node: a constraint that equals one of them admits a single node. */
const ONE_NODE = new Set(["${node.unique.name}", "${node.unique.id}", "${attr.unique.hostname}"]);
const EQUALS = new Set(["=", "==", "is"]);

/** The attribute a constraint pins to one node, if it does: `${node.unique.name} = "host-1"`. */
function pins(ctx: RuleContext, constraint: Block): string | undefined {
  const attribute = ctx.text(constraint.attributes.get("attribute"))?.trim();
  if (attribute === undefined || !ONE_NODE.has(attribute)) return undefined;
  const operator = constraint.attributes.has("operator") ? ctx.string(constraint.attributes.get("operator"), "operator of a constraint") : "=";
  return operator !== undefined && EQUALS.has(operator.trim()) ? attribute : undefined;
}

export default defineRule({
  meta: {
    id: "remote-pinned-node",
    severity: "warning",
    description: "a constraint pins a group with remote tasks to one node, so a lost node cannot hand its remote tasks over",
    rationale:
      "A remote task survives the loss or drain of its Nomad client only when the scheduler places the replacement allocation on another client at once: the replacement then takes over the running remote task instead of starting a new one. The Remote Task Drivers page's known bug (Nomad issue #10592) says that when no other node can take the allocation immediately, a later node starts a new instance of the remote task. A constraint that pins the group to one node (`${node.unique.name}`, `${node.unique.id}` or `${attr.unique.hostname}` with `=`) makes that the rule: no other node ever qualifies, so on drain or node loss the remote task is stopped and started anew, the very thing remote task drivers exist to avoid. Constraints at job and task level pin the group as well.",
    fix: "Drop the constraint, or constrain the group to a class of nodes that holds at least two clients with the remote driver (`${node.class}`, `${meta.<key>}`, or `distinct_hosts`).",
    docs: [REMOTE_DRIVERS_DOC, { title: "Remote task driver: handles not propagated when no client is available (Nomad issue #10592)", url: "https://github.com/hashicorp/nomad/issues/10592" }, jobspecDoc("constraint")],
  },
  check(ctx) {
    const pinned = (group: GroupModel) => group.tasks.filter((t) => ctx.isRemote(t));
    for (const job of ctx.jobs) {
      const affected = job.groups.filter((g) => pinned(g).length > 0);
      for (const constraint of blocksOf(job.block, "constraint")) {
        const attribute = pins(ctx, constraint);
        if (attribute === undefined || affected.length === 0) continue;
        ctx.report({ at: constraint, job, message: `constraint of ${describeJob(job)} pins ${listing(affected.map(describeGroup))}, with remote tasks, to one node (${attribute}): on drain or node loss their remote tasks are started anew, not handed over` });
      }
      for (const group of affected) {
        const remote = pinned(group);
        const scopes = [group.block, ...group.tasks.map((t) => t.block)].filter((b, i) => i > 0 || !group.implicit);
        for (const scope of scopes) {
          for (const constraint of blocksOf(scope, "constraint")) {
            const attribute = pins(ctx, constraint);
            if (attribute === undefined) continue;
            const who = listing(remote.map((t) => ctx.describeTask(t)));
            ctx.report({ at: constraint, group, ...(remote.length === 1 ? { task: remote[0]! } : {}), message: `constraint pins ${describeGroup(group)} to one node (${attribute}): on drain or node loss its remote ${who} ${remote.length === 1 ? "is" : "are"} started anew, not handed over` });
          }
        }
      }
    }
  },
});
