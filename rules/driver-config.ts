import { blocksOf, configValidator, defineRule, jobspecDoc, validateConfig } from "../src/engine/api.js";

export default defineRule({
  meta: {
    id: "driver-config",
    severity: "error",
    description: "the task config does not fit the schema its driver's capability file gives",
    rationale:
      "Nomad passes a task's `config` block to the driver untouched; only the driver checks it, on the client, when the task starts, so a misspelt key or a value of the wrong type fails at run time, or for fields the driver reads loosely is silently ignored (the ECS driver passes on `launch_type` only when it is \"EC2\" or \"FARGATE\"). A driver capability file can carry a JSON Schema of its config (in the JSON form of the block: blocks are lists of objects), and the linter checks every task of that driver against it.",
    fix: "Correct the key or value at the reported position; the message lists the names the driver accepts, closest first.",
    docs: [jobspecDoc("task"), { title: "Driver capability files (nomad-remote-lint README)", url: "https://github.com/nomad-remote-lint/nomad-remote-lint#driver-capability-files" }],
  },
  check(ctx) {
    for (const task of ctx.tasks) {
      const driver = ctx.driverOf(task);
      if (driver.spec === undefined || driver.name === undefined) continue;
      const validate = configValidator(driver.spec, driver.origin ?? driver.name);
      if (validate === undefined) continue;
      const where = `the config of ${ctx.describeTask(task)}`;
      for (const config of blocksOf(task.block, "config")) {
        const body = Object.fromEntries([...config.attributes].map(([name, attr]) => [name, ctx.value(attr)]));
        for (const finding of validateConfig(validate, body, where, ctx.jsonSyntax)) {
          ctx.report({ at: { path: [...config.path, ...finding.path] }, task, message: finding.message });
        }
      }
    }
  },
});
