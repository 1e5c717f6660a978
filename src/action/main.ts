import { isMainThread } from "node:worker_threads";
import { runAction } from "./action.js";
import "../run/worker.js";
import { setWorkerScript } from "../run/pool.js";
import { exitWhenFlushed } from "../util/exit.js";

// The entry the runner starts (through the bundle in action/dist): its environment carries
// the inputs (INPUT_*), the workspace and the files for outputs and the job summary. The
// bundle is also the script of its own worker threads (run/worker.ts serves there).
setWorkerScript(new URL(import.meta.url));
if (isMainThread) {
  runAction({ env: process.env, stdout: process.stdout }).then(exitWhenFlushed, (error: unknown) => {
    process.stdout.write(`::error title=nomad-remote-lint::internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitWhenFlushed(2);
  });
}
