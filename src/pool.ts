import { Worker } from "node:worker_threads";
import { UsageError } from "./errors.js";
import type { LintedDocument } from "./engine/linter.js";
import type { LintRequest, ParserMessage } from "./lint-worker.js";
import { compileHclModule } from "./parse/hcl-wasm.js";
import type { RunContext, RunOptions } from "./run.js";

interface Pending {
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
    this.#worker = new Worker(workerScript, { workerData: options });
    // The parser's module is compiled once, by this thread; the worker instantiates it.
    compileHclModule().then(
      (module) => this.#worker.postMessage({ module } satisfies ParserMessage),
      (error: unknown) => this.#worker.postMessage({ moduleError: error instanceof Error ? error.message : String(error) } satisfies ParserMessage),
    );
    this.#worker.on("message", (m: { id: number; doc?: LintedDocument; error?: string; usage?: boolean }) => {
      const p = this.#pending.get(m.id);
      if (p === undefined) return;
      this.#pending.delete(m.id);
      if (m.doc !== undefined) p.resolve(m.doc);
      else p.reject(m.usage ? new UsageError(m.error ?? "") : new Error(m.error ?? "the lint worker failed"));
    });
    this.#worker.on("error", (error) => {
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    });
  }

  lint(file: string, text: string): Promise<LintedDocument> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, file, text } satisfies LintRequest);
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

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
    // Two jobs in flight per worker, so a worker never waits for the main thread to hand it the next.
    await Promise.all([
      drain((f, t) => main.lint(f, t), 0, true),
      ...workers.flatMap((w, i) => [drain((f, t) => w.lint(f, t), i + 1, false), drain((f, t) => w.lint(f, t), i + 1, false)]),
    ]);
    return counts;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
