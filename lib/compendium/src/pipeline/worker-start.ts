/**
 * Starts one of the pipeline's worker threads from its module: the built JavaScript, or, when the
 * pipeline runs from the TypeScript sources (the tests, under tsx), the source with tsx
 * registered in the worker first (module hooks of the main thread do not reach worker threads
 * in Node 20).
 * @module pipeline/worker-start
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * @param moduleUrl `import.meta.url` of the worker's module.
 * @param workerData What the worker reads as `workerData`.
 * @example
 * // illustrative: in a module that is also a worker's program
 * const worker = startWorker(import.meta.url, { mark: "my-worker" });
 */
export function startWorker(moduleUrl: string, workerData: unknown): Worker {
  return moduleUrl.endsWith(".ts")
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((m) => m.register()).then(() => import(${JSON.stringify(moduleUrl)}))`,
        { workerData, eval: true },
      )
    : new Worker(fileURLToPath(moduleUrl), { workerData });
}
