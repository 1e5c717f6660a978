import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { UsageError } from "../util/errors.js";
import type { LintedDocument } from "../engine/linter.js";
import { EncodedResult } from "../results/codec.js";
import type { BatchMessage, LintAnswers, LintFailure, ParserMessage } from "./worker.js";
import { compileHclModule, parserSharesEveryCore } from "../parse/hcl-wasm.js";
import { SourceText } from "../parse/source.js";
import type { RunContext, RunSetup } from "./context.js";
import { optimizeOnlyHotCode } from "../util/jit.js";
import { workerScript } from "../util/worker-script.js";

interface Pending {
  readonly items: readonly WorkItem[];
  resolve(docs: LintedDocument[]): void;
  reject(error: Error): void;
}

export { setWorkerScript } from "../util/worker-script.js";

/** A worker thread that lints the files it is handed. */
class Lane {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  /** Why the worker stopped, once it has. */
  #stopped: Error | undefined;

  constructor(setup: RunSetup) {
    // Loaded with the first lane: a run on the calling thread alone never needs it.
    const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
    this.#worker = new threads.Worker(workerScript(), { workerData: setup });
    // The parser's module is compiled once, by this thread; the worker instantiates it.
    compileHclModule().then(
      (module) => this.#worker.postMessage({ module } satisfies ParserMessage),
      (error: unknown) => this.#worker.postMessage({ moduleError: error instanceof Error ? error.message : String(error) } satisfies ParserMessage),
    );
    this.#worker.on("message", (m: LintAnswers | LintFailure) => {
      const p = this.#pending.get(m.id);
      if (p === undefined) return;
      this.#pending.delete(m.id);
      if ("error" in m) return p.reject(m.usage ? new UsageError(m.error) : new Error(m.error || "the lint worker failed"));
      p.resolve(
        m.answers.map((a, i) => {
          const { file, text } = p.items[i]!;
          const result = new EncodedResult(file, a.counts, a.findings);
          if (a.hasSource) result.source = new SourceText(text).text;
          return { result, fsReads: a.fsReads, varFileFindings: a.varFileFindings, declaredVariables: a.declaredVariables, ...(a.internalError !== undefined ? { internalError: a.internalError } : {}) };
        }),
      );
    });
    // A worker that stopped answers nothing more: what it holds and what it is handed fails.
    const stop = (error: Error) => {
      this.#stopped ??= error;
      for (const p of this.#pending.values()) p.reject(this.#stopped);
      this.#pending.clear();
    };
    this.#worker.on("error", stop);
    this.#worker.on("exit", (code) => stop(new Error(`a lint worker thread stopped (exit code ${code})`)));
  }

  lint(items: readonly WorkItem[]): Promise<LintedDocument[]> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#stopped !== undefined) return reject(this.#stopped);
      this.#pending.set(id, { items, resolve, reject });
      this.#worker.postMessage({ id, items } satisfies BatchMessage);
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}

/** Batches handed to a worker before it answers the first of them. */
const IN_FLIGHT = 2;

/**
 * The most files, and the most text (in UTF-16 code units), in one batch. Files are linted in
 * batches, the parser run on the whole batch first (see Linter.lintDocuments): the larger the
 * batch, the less the parser waits for the processor's caches; the text a batch holds bounds
 * its memory.
 */
const MAX_BATCH_FILES = 256;
const MAX_BATCH_TEXT = 2 * 1024 * 1024;

/**
 * Batches each lane's share of the files left is cut into at least: batches shrink as the run
 * nears its end, so that the lanes finish together (a batch of 256 small files is a fraction
 * of a second on one thread).
 */
const BATCHES_PER_LANE = 4;

export interface WorkItem {
  readonly file: string;
  readonly text: string;
}

/** Where the work items come from: `next` reads the next one (undefined when there are no more); `remaining` counts those not taken, at most. */
export interface WorkSource {
  next(): WorkItem | undefined;
  remaining(): number;
}

/**
 * Lints files on `lanes` lanes: the calling thread is one, the others are worker threads,
 * each taking the next batch of files when it finishes one. Items are taken from `source` only as
 * a lane is free, so a file is read shortly before it is linted. `onDone` receives each result
 * with its job; the order of completion varies, the caller orders the results. Resolves to
 * the number of files each lane linted.
 */
export async function lintAll(source: WorkSource, lanes: number, main: RunContext, onDone: (item: WorkItem, doc: LintedDocument) => void): Promise<number[]> {
  // With a lane on every core, the optimizing compiler's threads would take CPU from the lanes.
  if (lanes > 1 && lanes >= availableParallelism()) {
    optimizeOnlyHotCode();
    parserSharesEveryCore();
  }
  const workers = Array.from({ length: Math.max(0, lanes - 1) }, () => new Lane(main.setup));
  const counts = Array.from({ length: workers.length + 1 }, () => 0);
  // The calling thread takes half batches when there are workers: it hands them their next
  // batches only between its own, and a worker should not wait for that.
  const take = (share: number): WorkItem[] => {
    const size = Math.max(1, Math.ceil(share * Math.min(MAX_BATCH_FILES, source.remaining() / (lanes * BATCHES_PER_LANE))));
    const batch: WorkItem[] = [];
    let text = 0;
    while (batch.length < size && text < MAX_BATCH_TEXT) {
      const item = source.next();
      if (item === undefined) break;
      batch.push(item);
      text += item.text.length;
    }
    return batch;
  };
  const drain = async (lint: (batch: readonly WorkItem[]) => Promise<LintedDocument[]>, lane: number, yields: boolean) => {
    const share = yields && workers.length > 0 ? 0.5 : 1;
    for (let batch = take(share); batch.length > 0; batch = take(share)) {
      const docs = await lint(batch);
      for (const [i, item] of batch.entries()) onDone(item, docs[i]!);
      counts[lane]! += batch.length;
      // The calling thread lints synchronously; between its batches it lets the workers' results in.
      if (yields && workers.length > 0) await new Promise(setImmediate);
    }
  };
  try {
    // More than one batch in flight per worker: the main thread hands out the next only between
    // its own batches, and a worker should not run dry meanwhile.
    await Promise.all([
      drain((batch) => main.lintBatch(batch), 0, true),
      ...workers.flatMap((w, i) => Array.from({ length: IN_FLIGHT }, () => drain((batch) => w.lint(batch), i + 1, false))),
    ]);
    return counts;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
