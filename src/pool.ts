import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { UsageError } from "./errors.js";
import type { LintedDocument } from "./engine/linter.js";
import { HeldLintResult } from "./held-result.js";
import type { LintAnswer, LintFailure, LintRequest, ParserMessage } from "./lint-worker.js";
import { compileHclModule, parserSharesEveryCore } from "./parse/hcl-wasm.js";
import { SourceText } from "./parse/source.js";
import type { RunContext, RunOptions } from "./run.js";
import { optimizeOnlyHotCode } from "./util/jit.js";

interface Pending {
  readonly file: string;
  /** The text sent, which the result's source is (without a byte order mark). */
  readonly text: string;
  resolve(doc: LintedDocument): void;
  reject(error: Error): void;
}

let workerScript: URL | string = new URL("./lint-worker.js", import.meta.url);

/** The script worker threads start: a bundle that includes lint-worker.ts sets itself. */
export function setWorkerScript(script: URL | string): void {
  workerScript = script;
}

/** A worker thread that lints the files it is handed. */
class Lane {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;

  constructor(options: RunOptions) {
    // Loaded with the first lane: a run on the calling thread alone never needs it.
    const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
    this.#worker = new threads.Worker(workerScript, { workerData: options });
    // The parser's module is compiled once, by this thread; the worker instantiates it.
    compileHclModule().then(
      (module) => this.#worker.postMessage({ module } satisfies ParserMessage),
      (error: unknown) => this.#worker.postMessage({ moduleError: error instanceof Error ? error.message : String(error) } satisfies ParserMessage),
    );
    this.#worker.on("message", (m: LintAnswer | LintFailure) => {
      const p = this.#pending.get(m.id);
      if (p === undefined) return;
      this.#pending.delete(m.id);
      if ("error" in m) return p.reject(m.usage ? new UsageError(m.error) : new Error(m.error || "the lint worker failed"));
      const result = new HeldLintResult(p.file, m.counts, m.findings);
      if (m.hasSource) result.source = new SourceText(p.text).text;
      p.resolve({ result, fsReads: m.fsReads, varFileFindings: m.varFileFindings });
    });
    this.#worker.on("error", (error) => {
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    });
  }

  lint(file: string, text: string): Promise<LintedDocument> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { file, text, resolve, reject });
      this.#worker.postMessage({ id, file, text } satisfies LintRequest);
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/** Jobs handed to a worker before it answers the first of them. */
const IN_FLIGHT = 4;

export interface Job {
  readonly file: string;
  readonly text: string;
}

/**
 * Lints jobs on `lanes` lanes: the calling thread is one, the others are worker threads,
 * each pulling the next job when it finishes one. Jobs are taken from `jobs` only as a lane
 * is free, so a file is read when it is about to be linted; `next` returns undefined when
 * there are no more. `onDone` receives each result with its job; the order of completion
 * varies, the caller orders the results. Resolves to the number of files each lane linted.
 */
export async function lintAll(
  next: () => Job | undefined,
  lanes: number,
  main: RunContext,
  onDone: (job: Job, doc: LintedDocument) => void,
): Promise<number[]> {
  // With a lane on every core, the optimizing compiler's threads would take CPU from the lanes.
  if (lanes > 1 && lanes >= availableParallelism()) {
    optimizeOnlyHotCode();
    parserSharesEveryCore();
  }
  const workers = Array.from({ length: Math.max(0, lanes - 1) }, () => new Lane(main.options));
  const counts = Array.from({ length: workers.length + 1 }, () => 0);
  const drain = async (lint: (file: string, text: string) => Promise<LintedDocument>, lane: number, yields: boolean) => {
    for (let job = next(); job !== undefined; job = next()) {
      onDone(job, await lint(job.file, job.text));
      counts[lane]!++;
      // The calling thread lints synchronously; between its files it lets the workers' results in.
      if (yields && workers.length > 0) await new Promise(setImmediate);
    }
  };
  try {
    // Several jobs in flight per worker: the main thread hands out the next only between its own
    // files, and a worker should not run dry meanwhile.
    await Promise.all([
      drain((f, t) => main.lint(f, t), 0, true),
      ...workers.flatMap((w, i) => Array.from({ length: IN_FLIGHT }, () => drain((f, t) => w.lint(f, t), i + 1, false))),
    ]);
    return counts;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
