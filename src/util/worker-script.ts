/**
 * The script worker threads start: the compiled run/worker.js, or a bundle that includes it
 * (the command's and the Action's set themselves as it). Every kind of worker starts this one
 * script; what it serves depends on the data it is started with.
 */
let script: URL | string = new URL("../run/worker.js", import.meta.url);

export function setWorkerScript(value: URL | string): void {
  script = value;
}

export function workerScript(): URL | string {
  return script;
}
