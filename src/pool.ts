import { Worker } from "node:worker_threads";
import { UsageError } from "./errors.js";
import type { LintedDocument } from "./engine/linter.js";
import type { LintRequest } from "./lint-worker.js";
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
 * each pulling the next job when it finishes one. `onDone` receives each result with its
 * job index; the order of completion varies, the caller orders the results.
 */
export async function lintAll(
  jobs: readonly Job[],
  lanes: number,
  main: RunContext,
  onDone: (index: number, doc: LintedDocument) => void,
): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.max(0, Math.min(lanes, jobs.length) - 1) }, () => new Lane(main.options));
  const drain = async (lint: (file: string, text: string) => Promise<LintedDocument>) => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i]!;
      onDone(i, await lint(job.file, job.text));
    }
  };
  try {
    // Two jobs in flight per worker, so a worker never waits for the main thread to hand it the next.
    await Promise.all([drain((f, t) => main.lint(f, t)), ...workers.flatMap((w) => [drain((f, t) => w.lint(f, t)), drain((f, t) => w.lint(f, t))])]);
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
