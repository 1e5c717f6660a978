import { createRequire } from "node:module";
import { isMainThread, parentPort, workerData, type Worker } from "node:worker_threads";
import { workerScript } from "../util/worker-script.js";
import { compileHclModule, startHclParser, useHclModule, type HclParseFunction } from "./hcl-wasm.js";

type Answer = ReturnType<HclParseFunction>;

/** The parser's answer, or that it did not finish in the time it was given. */
export type GuardedAnswer = Answer | { readonly ok: false; readonly timedOut: true; readonly message: string };

/**
 * Texts whose parse may take long: hcl2json's time grows with the square of a heredoc's size
 * and of the number of `$${` escapes in one string. Below these, no text takes a second; a
 * text past one is parsed in a thread of its own, ended when it overruns its time.
 */
export const GUARD_THRESHOLDS = { bytes: 256 * 1024, escapes: 2_000 } as const;

export function needsGuard(text: string): boolean {
  if (text.length > GUARD_THRESHOLDS.bytes) return true;
  let escapes = 0;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) {
    if (i >= 2 && (text[i - 1] === "$" || text[i - 1] === "%") && text[i - 2] === text[i - 1] && ++escapes > GUARD_THRESHOLDS.escapes) return true;
  }
  return false;
}

interface Guard {
  readonly worker: Worker;
  readonly pending: Map<number, (answer: Answer) => void>;
}

let guard: Guard | undefined;
let sequence = 0;

function startGuard(): Guard {
  const threads = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const worker = new threads.Worker(workerScript(), { workerData: { hclParseGuard: true } });
  // A guard that is waiting for work does not keep the process alive.
  worker.unref();
  const started: Guard = { worker, pending: new Map() };
  compileHclModule().then(
    (module) => worker.postMessage({ module }),
    (error: unknown) => worker.postMessage({ moduleError: error instanceof Error ? error.message : String(error) }),
  );
  worker.on("message", (m: { id: number; answer: Answer }) => {
    started.pending.get(m.id)?.(m.answer);
    started.pending.delete(m.id);
  });
  const fail = (error: unknown) => {
    if (guard === started) guard = undefined;
    for (const resolve of started.pending.values()) resolve({ ok: false, message: `the parser's thread stopped: ${error instanceof Error ? error.message : String(error)}`, crashed: true });
    started.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`exit status ${code}`)));
  return started;
}

/**
 * Parses `text` in the guard thread, given `timeoutMs` to finish; a parse that overruns ends
 * the thread (the next guarded parse starts a new one) and answers `timedOut`.
 */
export function parseGuarded(name: string, text: string, timeoutMs: number): Promise<GuardedAnswer> {
  const current = (guard ??= startGuard());
  const id = ++sequence;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      current.pending.delete(id);
      if (guard === current) guard = undefined;
      void current.worker.terminate();
      resolve({ ok: false, timedOut: true, message: `the HCL parser did not finish within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    current.pending.set(id, (answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    current.worker.postMessage({ id, name, text });
  });
}

/** The body of a guard thread: the parser, answering one text at a time. */
function serveParses(): void {
  let received: { resolve(m: WebAssembly.Module): void; reject(e: Error): void } | undefined;
  useHclModule(new Promise((resolve, reject) => (received = { resolve, reject })));
  parentPort?.on("message", (m: { module: WebAssembly.Module } | { moduleError: string } | { id: number; name: string; text: string }) => {
    if ("module" in m) return received?.resolve(m.module);
    if ("moduleError" in m) return received?.reject(new Error(m.moduleError));
    void startHclParser().then(
      (parse) => parentPort?.postMessage({ id: m.id, answer: parse(m.name, m.text) }),
      (error: unknown) => parentPort?.postMessage({ id: m.id, answer: { ok: false, message: error instanceof Error ? error.message : String(error), crashed: true } }),
    );
  });
}

// Started as a guard thread (by the worker script, or a bundle that includes this file): serve.
if (!isMainThread && parentPort !== null && (workerData as { hclParseGuard?: unknown } | undefined)?.hclParseGuard === true) serveParses();
