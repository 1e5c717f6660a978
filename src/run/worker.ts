import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { LintedDocument } from "../engine/linter.js";
import { UsageError } from "../util/errors.js";
import { asciiText, countsOf, findingsOf, type Counts } from "../results/codec.js";
import { useHclModule } from "../parse/hcl-wasm.js";
import { RunContext, type RunSetup } from "./context.js";

/** A batch from the pool: lint each item's `text` as the file `file`. */
export interface BatchMessage {
  readonly id: number;
  readonly items: readonly { readonly file: string; readonly text: string }[];
}

/** A linted file's result as counts and findings text (see EncodedResult). */
export interface LintAnswer {
  readonly counts: Counts;
  readonly findings: string;
  /** Whether the result carries the linted text (kept when there are findings). */
  readonly hasSource: boolean;
  readonly fsReads: LintedDocument["fsReads"];
  readonly varFileFindings: LintedDocument["varFileFindings"];
  readonly declaredVariables: LintedDocument["declaredVariables"];
  readonly internalError: LintedDocument["internalError"];
}

/** A worker's answer to a request: one answer per item, in the batch's order. */
export interface LintAnswers {
  readonly id: number;
  readonly answers: LintAnswer[];
}

/** A worker's failure on a request. */
export interface LintFailure {
  readonly id: number;
  readonly error: string;
  readonly usage: boolean;
}

/** The parser's compiled module, or why it could not be compiled; sent to each worker once. */
export type ParserMessage = { module: WebAssembly.Module } | { moduleError: string };

/**
 * The body of a worker thread: builds the run's linter once (the parser loads on the first
 * file) and lints the batches of files the pool hands over, in the order they come.
 */
function serve(): void {
  let received: { resolve(m: WebAssembly.Module): void; reject(e: Error): void } | undefined;
  useHclModule(new Promise((resolve, reject) => (received = { resolve, reject })));
  const context = new RunContext(workerData as RunSetup);
  let turn: Promise<unknown> = Promise.resolve();
  parentPort?.on("message", (request: BatchMessage | ParserMessage) => {
    if ("module" in request) return received?.resolve(request.module);
    if ("moduleError" in request) return received?.reject(new Error(request.moduleError));
    // One batch at a time: two batches in turn at each await would run the parser and the
    // rules in alternation again (see Linter.lintDocuments).
    turn = turn.then(() => context.lintBatch(request.items)).then(
      (docs) => {
        // Each result goes back as text (one string to copy, not a graph of objects), without
        // the linted text: the pool has that.
        const answers = docs.map(({ result, fsReads, varFileFindings, declaredVariables, internalError }): LintAnswer => ({
          counts: countsOf(result),
          findings: asciiText(findingsOf(result)),
          hasSource: result.source !== undefined,
          fsReads,
          varFileFindings,
          declaredVariables,
          internalError,
        }));
        parentPort?.postMessage({ id: request.id, answers } satisfies LintAnswers);
      },
      (error: unknown) =>
        parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } satisfies LintFailure),
    );
  });
}

// Started as a worker thread (this file, or a bundle that includes it): serve.
if (!isMainThread && parentPort !== null && (workerData as { cwd?: unknown } | undefined)?.cwd !== undefined) serve();
