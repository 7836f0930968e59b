/** Kernel specifications: built-in ones and Jupyter kernel.json files. */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  denoKernelSpec,
  KernelError,
  readKernelSpec,
  substituteArgv,
  tslabKernelSpec,
  zeromqSendQueueShim,
} from "../../lib/notebook-runner/src/index.js";
import { ROOT, tempDir } from "./helpers.js";

const tmp = tempDir("runner-spec-");
after(() => tmp.remove());

describe("kernel specs", () => {
  it("substitutes {connection_file} in every argument", () => {
    assert.deepEqual(substituteArgv(["k", "--f={connection_file}", "{connection_file}"], "/t/c.json"), ["k", "--f=/t/c.json", "/t/c.json"]);
  });

  it("builds tslab's argv like its kernel.json, run with this Node and the send-queue shim", () => {
    const spec = tslabKernelSpec(ROOT);
    assert.equal(spec.argv[0], process.execPath);
    assert.equal(spec.argv[1], "--import");
    const shim = decodeURIComponent((spec.argv[2] ?? "").replace(/^data:text\/javascript,/, ""));
    assert.equal(shim, zeromqSendQueueShim(join(ROOT, "node_modules", "tslab", "dist", "jupyter.js")));
    assert.ok(existsSync(spec.argv[3] ?? ""), "tslab's bin script exists");
    assert.deepEqual(spec.argv.slice(4), ["kernel", "--config-path", "{connection_file}"]);
    assert.equal(spec.language, "typescript");
  });

  it("builds Deno's argv with the npm package's binary", () => {
    const spec = denoKernelSpec(ROOT);
    assert.deepEqual(spec.argv.slice(-4), ["jupyter", "--kernel", "--conn", "{connection_file}"]);
    assert.ok(existsSync(spec.argv[0] ?? ""));
  });

  it("reads a Jupyter kernelspec directory", () => {
    const dir = join(tmp.path, "kernels", "mykernel");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "kernel.json"),
      JSON.stringify({ argv: ["k", "{connection_file}"], display_name: "My", language: "x", env: { A: "1" } }),
    );
    assert.deepEqual(readKernelSpec(dir), {
      name: "mykernel",
      displayName: "My",
      language: "x",
      argv: ["k", "{connection_file}"],
      env: { A: "1" },
    });
    writeFileSync(join(dir, "kernel.json"), JSON.stringify({ argv: [] }));
    assert.throws(
      () => readKernelSpec(dir),
      (e: unknown) => e instanceof KernelError && e.code === "INVALID_ARGUMENT",
    );
    assert.throws(
      () => readKernelSpec(join(tmp.path, "none")),
      (e: unknown) => e instanceof KernelError && e.code === "INVALID_ARGUMENT",
    );
  });
});
