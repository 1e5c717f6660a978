import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { UsageError } from "./errors.js";
import { RunContext, type RunOptions } from "./run.js";

/** A request from the pool: lint `text` as the file `file`. */
export interface LintRequest {
  readonly id: number;
  readonly file: string;
  readonly text: string;
}

/**
 * The body of a worker thread: builds the run's linter once (the parser loads on the first
 * file) and lints files as the pool hands them over.
 */
function serve(): void {
  const context = new RunContext(workerData as RunOptions);
  parentPort?.on("message", (request: LintRequest) => {
    context.lint(request.file, request.text).then(
      (doc) => parentPort?.postMessage({ id: request.id, doc }),
      (error: unknown) =>
        parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError }),
    );
  });
}

// Started as a worker thread (this file, or a bundle that includes it): serve.
if (!isMainThread && parentPort !== null && (workerData as { cwd?: unknown } | undefined)?.cwd !== undefined) serve();
