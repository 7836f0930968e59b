/**
 * Warm tslab kernels (runner/warm + runner/tslab-host): each kernel of a host behaves as a
 * new `tslab kernel` process (same executed notebook, byte for byte; own namespace; edited
 * declaration files read again), failures are reported as with a spawned kernel, and no
 * process is left behind.
 */
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  executeNotebook,
  KernelError,
  liveKernelPids,
  NotebookError,
  parseNotebook,
  readNotebook,
  serializeNotebook,
  tslabKernelSpec,
  TslabHost,
  type CodeCell,
  type Notebook,
} from "../../lib/src/runner/index.js";
import { fixture, isAlive, ROOT, tempDir, waitGone } from "./helpers.js";

const tmp = tempDir("warm-test-");
after(() => tmp.remove());

function notebookOf(...sources: string[]): Notebook {
  return parseNotebook(
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 4,
      metadata: {},
      cells: sources.map((source) => ({ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null })),
    }),
  );
}

function outputText(nb: Notebook, index: number): string {
  const cell = nb.cells[index] as CodeCell;
  return cell.outputs.map((o) => (o.output_type === "stream" ? o.text : o.output_type === "error" ? `${o.ename}: ${o.evalue}` : "")).join("");
}

describe("warm tslab host", () => {
  it("gives the executed notebook of a new tslab process, byte for byte, kernel after kernel", async () => {
    const input = await readNotebook(fixture("tslab-basic.ipynb"));
    const cwd = join(tmp.path, "same");
    mkdirSync(cwd);
    const fresh = await executeNotebook(input, { kernel: tslabKernelSpec(ROOT), cwd });
    const host = TslabHost.start({ projectDir: ROOT, cwd });
    try {
      for (let round = 0; round < 2; round++) {
        const kernel = await host.startKernel();
        try {
          const warm = await executeNotebook(input, { kernel });
          assert.equal(serializeNotebook(warm.notebook), serializeNotebook(fresh.notebook), `kernel ${round + 1} of the host`);
        } finally {
          await kernel.shutdown();
        }
        assert.equal(kernel.alive, false);
        assert.equal(host.alive, true, "the host outlives its kernels");
      }
    } finally {
      await host.close();
    }
  });

  it("gives each kernel its own namespace", async () => {
    const host = TslabHost.start({ projectDir: ROOT, cwd: tmp.path });
    try {
      const first = await host.startKernel();
      try {
        const r = await executeNotebook(notebookOf("let shared = 1;\nconsole.log(shared);"), { kernel: first });
        assert.equal(outputText(r.notebook, 0), "1\n");
      } finally {
        await first.shutdown();
      }
      // In the same kernel, declaring `shared` again is a type error; in a new one it is not.
      const second = await host.startKernel();
      try {
        const r = await executeNotebook(notebookOf("let shared = 2;\nconsole.log(shared);"), { kernel: second });
        assert.equal(outputText(r.notebook, 0), "2\n");
        assert.equal((r.notebook.cells[0] as CodeCell).execution_count, 1, "execution counts start again at 1");
      } finally {
        await second.shutdown();
      }
    } finally {
      await host.close();
    }
  });

  it("reads a declaration file edited between two kernels again", async () => {
    const dir = join(tmp.path, "decl");
    mkdirSync(dir);
    writeFileSync(join(dir, "shape.d.ts"), "export interface Shape { a: number }\n");
    const cell = 'import type { Shape } from "./shape";\nconst s: Shape = { a: 1 };\nconsole.log(s.a);';
    const host = TslabHost.start({ projectDir: ROOT, cwd: dir });
    try {
      const first = await host.startKernel();
      try {
        const r = await executeNotebook(notebookOf(cell), { kernel: first });
        assert.equal(outputText(r.notebook, 0), "1\n");
      } finally {
        await first.shutdown();
      }
      writeFileSync(join(dir, "shape.d.ts"), "export interface Shape { b: number }\n");
      const second = await host.startKernel();
      try {
        await assert.rejects(executeNotebook(notebookOf(cell), { kernel: second, name: "edited.ipynb" }), (e: unknown) => {
          assert.ok(e instanceof NotebookError && e.code === "CELL_FAILED");
          assert.match(e.message, /TSError: /);
          assert.match(e.message, /'a' does not exist in type 'Shape'/);
          return true;
        });
      } finally {
        await second.shutdown();
      }
    } finally {
      await host.close();
    }
  });

  it("reports a failing cell as a spawned kernel does, and serves the next kernel", async () => {
    const input = await readNotebook(fixture("tslab-failing.ipynb"));
    const host = TslabHost.start({ projectDir: ROOT, cwd: tmp.path });
    try {
      const kernel = await host.startKernel();
      try {
        await assert.rejects(executeNotebook(input, { kernel, name: "tslab-failing.ipynb" }), (e: unknown) => {
          assert.ok(e instanceof NotebookError && e.code === "CELL_FAILED");
          assert.match(e.message, /^tslab-failing\.ipynb: cell 3 \(index 2\) failed: const limit = 3;/);
          assert.match(e.message, /RangeError: value out of range: 4 > 3/);
          return true;
        });
      } finally {
        await kernel.shutdown();
      }
      const next = await host.startKernel();
      try {
        const r = await executeNotebook(notebookOf('console.log("next")'), { kernel: next });
        assert.equal(outputText(r.notebook, 0), "next\n");
      } finally {
        await next.shutdown();
      }
    } finally {
      await host.close();
    }
  });

  it("runs one kernel at a time", async () => {
    const host = TslabHost.start({ projectDir: ROOT, cwd: tmp.path });
    try {
      const kernel = await host.startKernel();
      try {
        await assert.rejects(host.startKernel(), (e: unknown) => e instanceof KernelError && e.code === "INVALID_STATE");
      } finally {
        await kernel.shutdown();
      }
    } finally {
      await host.close();
    }
  });

  it("fails the running cell with KERNEL_DIED when the host dies, and starts no more kernels", async () => {
    const host = TslabHost.start({ projectDir: ROOT, cwd: tmp.path });
    try {
      const kernel = await host.startKernel();
      const running = kernel.execute("await new Promise((resolve) => setTimeout(resolve, 60_000));");
      setTimeout(() => host.kill("SIGKILL"), 500);
      await assert.rejects(running, (e: unknown) => e instanceof KernelError && e.code === "KERNEL_DIED" && /warm tslab host exited \(signal SIGKILL\)/.test(e.message));
      await kernel.shutdown();
      await assert.rejects(host.startKernel(), (e: unknown) => e instanceof KernelError && e.code === "KERNEL_DIED");
    } finally {
      await host.close();
    }
  });

  it("leaves no process behind", async () => {
    const host = TslabHost.start({ projectDir: ROOT, cwd: tmp.path });
    await host.whenReady();
    const pid = host.pid;
    assert.equal(isAlive(pid), true);
    await host.close();
    assert.equal(await waitGone(pid), true);
    assert.deepEqual(liveKernelPids(), []);
  });

  it("warms up the modules it is given", async () => {
    // The project's notebooks folder, from which @behoud/lib resolves (nothing is written there).
    const host = TslabHost.start({ projectDir: ROOT, cwd: join(ROOT, "notebooks"), warmModules: ["@behoud/lib", "no-such-module-here"] });
    try {
      await host.whenReady();
      assert.ok(host.warmMs > 0);
      // A module that cannot be loaded does not stop the host; the notebook that imports it fails.
      const kernel = await host.startKernel();
      try {
        const r = await executeNotebook(notebookOf('import { mean } from "@behoud/lib";\nconsole.log(mean([1, 2, 3]));'), { kernel });
        assert.equal(outputText(r.notebook, 0), "2\n");
      } finally {
        await kernel.shutdown();
      }
    } finally {
      await host.close();
    }
  });
});
