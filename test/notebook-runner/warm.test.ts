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
  type KernelClient,
  type TslabHostOptions,
  type Notebook,
} from "../../lib/notebook-runner/src/index.js";
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
  return cell.outputs
    .map((o) => (o.output_type === "stream" ? o.text : o.output_type === "error" ? `${o.ename}: ${o.evalue}` : ""))
    .join("");
}

/** Runs `work` with a host, closed afterwards whatever happens. */
async function withHost(options: TslabHostOptions, work: (host: TslabHost) => Promise<void>): Promise<void> {
  const host = TslabHost.start(options);
  try {
    await work(host);
  } finally {
    await host.close();
  }
}

/** Runs `work` with a new kernel of `host`, shut down afterwards whatever happens. */
async function withKernel(host: TslabHost, work: (kernel: KernelClient) => Promise<void>): Promise<void> {
  const kernel = await host.startKernel();
  try {
    await work(kernel);
  } finally {
    await kernel.shutdown();
  }
}

describe("warm tslab host", () => {
  it("gives the executed notebook of a new tslab process, byte for byte, kernel after kernel", async () => {
    const input = await readNotebook(fixture("tslab-basic.ipynb"));
    const cwd = join(tmp.path, "same");
    mkdirSync(cwd);
    const fresh = await executeNotebook(input, { kernel: tslabKernelSpec(ROOT), cwd });
    await withHost({ projectDir: ROOT, cwd }, async (host) => {
      for (let round = 1; round <= 2; round++) {
        let used: KernelClient | undefined;
        await withKernel(host, async (kernel) => {
          used = kernel;
          const warm = await executeNotebook(input, { kernel });
          assert.equal(serializeNotebook(warm.notebook), serializeNotebook(fresh.notebook), `kernel ${round} of the host`);
        });
        assert.equal(used?.alive, false);
        assert.equal(host.alive, true, "the host outlives its kernels");
      }
    });
  });

  it("gives each kernel its own namespace", async () => {
    await withHost({ projectDir: ROOT, cwd: tmp.path }, async (host) => {
      await withKernel(host, async (kernel) => {
        const r = await executeNotebook(notebookOf("let shared = 1;\nconsole.log(shared);"), { kernel });
        assert.equal(outputText(r.notebook, 0), "1\n");
      });
      // In the same kernel, declaring `shared` again is a type error; in a new one it is not.
      await withKernel(host, async (kernel) => {
        const r = await executeNotebook(notebookOf("let shared = 2;\nconsole.log(shared);"), { kernel });
        assert.equal(outputText(r.notebook, 0), "2\n");
        assert.equal((r.notebook.cells[0] as CodeCell).execution_count, 1, "execution counts start again at 1");
      });
    });
  });

  it("runs cells that import local TypeScript modules as a new tslab process does, kernel after kernel", async () => {
    // tslab compiles and writes a local module a cell depends on (directly or through another
    // module) once per kernel; the host answers which files a cell depends on itself
    // (runner/tslab-host, programWithoutBuilderState) and hands the rest to TypeScript's builder.
    const dir = join(tmp.path, "local");
    mkdirSync(dir);
    writeFileSync(join(dir, "helper.ts"), "export const double = (x: number): number => 2 * x;\n");
    writeFileSync(
      join(dir, "more.ts"),
      'import { double } from "./helper";\nexport const quadruple = (x: number): number => double(double(x));\n',
    );
    const input = notebookOf(
      'import { double } from "./helper";\nconst d = double(21);\nconsole.log(d);',
      'import { quadruple } from "./more";\nconsole.log(quadruple(2));',
      "console.log(double(5));",
    );
    const fresh = await executeNotebook(input, { kernel: tslabKernelSpec(ROOT), cwd: dir });
    assert.deepEqual(
      [0, 1, 2].map((i) => outputText(fresh.notebook, i)),
      ["42\n", "8\n", "10\n"],
    );
    await withHost({ projectDir: ROOT, cwd: dir }, async (host) => {
      for (let round = 1; round <= 2; round++)
        await withKernel(host, async (kernel) => {
          const warm = await executeNotebook(input, { kernel });
          assert.equal(serializeNotebook(warm.notebook), serializeNotebook(fresh.notebook), `kernel ${round} of the host`);
        });
    });
  });

  it("compiles cells with and without top-level names, type errors and export lines as a new tslab process does", async () => {
    // tslab asks for a second program when a cell declares names; the host reads the names of
    // the first from the cell alone (runner/tslab-host, cellNamesOnly). Cells here: names,
    // none, names used later, a type error (the cell fails, the next ones run), a function, a
    // class, an import, a reassignment, and last a cell that ends in exactly the export line
    // tslab appends (tslab appends it again, and TypeScript reports the name twice).
    const input = notebookOf(
      "const a = 1;\nlet b = 2;",
      "console.log(a + b)",
      "const c = a * 10;",
      'const d: string = 1;\nconsole.log("not run")',
      "function twice(x: number): number {\n  return 2 * x;\n}\nclass Box { constructor(readonly v: number) {} }\nconsole.log(twice(c), new Box(b).v)",
      'import { mean } from "@behoud/stats";\nconst m = mean([a, b, c]);\nm',
      "b += m;\nconsole.log(b)",
      "const e = c + 1;\nexport {e}",
    );
    const cwd = join(ROOT, "notebooks");
    const fresh = await executeNotebook(input, { kernel: tslabKernelSpec(ROOT), cwd, allowErrors: true });
    assert.deepEqual(
      [1, 3, 4, 6, 7].map((i) => outputText(fresh.notebook, i)),
      [
        "3\n",
        "1:7 - Type 'number' is not assignable to type 'string'.\n",
        "20 2\n",
        "6.333333333333333\n",
        "2:9 - Duplicate identifier 'e'.\n3:9 - Duplicate identifier 'e'.\n",
      ],
    );
    await withHost({ projectDir: ROOT, cwd }, async (host) => {
      for (let round = 1; round <= 2; round++)
        await withKernel(host, async (kernel) => {
          const warm = await executeNotebook(input, { kernel, allowErrors: true });
          assert.equal(serializeNotebook(warm.notebook), serializeNotebook(fresh.notebook), `kernel ${round} of the host`);
        });
    });
  });

  it("reads a declaration file edited between two kernels again", async () => {
    const dir = join(tmp.path, "decl");
    mkdirSync(dir);
    writeFileSync(join(dir, "shape.d.ts"), "export interface Shape { a: number }\n");
    const cell = 'import type { Shape } from "./shape";\nconst s: Shape = { a: 1 };\nconsole.log(s.a);';
    await withHost({ projectDir: ROOT, cwd: dir }, async (host) => {
      await withKernel(host, async (kernel) => {
        const r = await executeNotebook(notebookOf(cell), { kernel });
        assert.equal(outputText(r.notebook, 0), "1\n");
      });
      writeFileSync(join(dir, "shape.d.ts"), "export interface Shape { b: number }\n");
      await withKernel(host, async (kernel) => {
        await assert.rejects(executeNotebook(notebookOf(cell), { kernel, name: "edited.ipynb" }), (e: unknown) => {
          assert.ok(e instanceof NotebookError && e.code === "CELL_FAILED");
          assert.match(e.message, /TSError: /);
          assert.match(e.message, /'a' does not exist in type 'Shape'/);
          return true;
        });
      });
    });
  });

  it("reports a failing cell as a spawned kernel does, and serves the next kernel", async () => {
    const input = await readNotebook(fixture("tslab-failing.ipynb"));
    await withHost({ projectDir: ROOT, cwd: tmp.path }, async (host) => {
      await withKernel(host, async (kernel) => {
        await assert.rejects(executeNotebook(input, { kernel, name: "tslab-failing.ipynb" }), (e: unknown) => {
          assert.ok(e instanceof NotebookError && e.code === "CELL_FAILED");
          assert.match(e.message, /^tslab-failing\.ipynb: cell 3 \(index 2\) failed: const limit = 3;/);
          assert.match(e.message, /RangeError: value out of range: 4 > 3/);
          return true;
        });
      });
      await withKernel(host, async (kernel) => {
        const r = await executeNotebook(notebookOf('console.log("next")'), { kernel });
        assert.equal(outputText(r.notebook, 0), "next\n");
      });
    });
  });

  it("runs one kernel at a time", async () => {
    await withHost({ projectDir: ROOT, cwd: tmp.path }, async (host) => {
      await withKernel(host, async () => {
        await assert.rejects(host.startKernel(), (e: unknown) => e instanceof KernelError && e.code === "INVALID_STATE");
      });
    });
  });

  it("fails the running cell with KERNEL_DIED when the host dies, and starts no more kernels", async () => {
    await withHost({ projectDir: ROOT, cwd: tmp.path }, async (host) => {
      await withKernel(host, async (kernel) => {
        const running = kernel.execute("await new Promise((resolve) => setTimeout(resolve, 60_000));");
        setTimeout(() => host.kill("SIGKILL"), 500);
        await assert.rejects(
          running,
          (e: unknown) =>
            e instanceof KernelError && e.code === "KERNEL_DIED" && /warm tslab host exited \(signal SIGKILL\)/.test(e.message),
        );
      });
      await assert.rejects(host.startKernel(), (e: unknown) => e instanceof KernelError && e.code === "KERNEL_DIED");
    });
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

  it("stops a host that is still warming up at once", async () => {
    // Warming up (loading tslab, TypeScript and the library) takes seconds of synchronous work,
    // during which the host would not notice its closed channel.
    const host = TslabHost.start({ projectDir: ROOT, cwd: join(ROOT, "notebooks"), warmModules: ["@behoud/compendium", "danfojs"] });
    const pid = host.pid;
    await new Promise((r) => setTimeout(r, 200));
    // A grace period longer than the warm-up: had the host been left to notice the closed
    // channel, it would have exited by itself (exit code 0) once warm.
    await host.close(60_000);
    assert.equal(await waitGone(pid), true);
    assert.equal(host.alive, false);
    await assert.rejects(
      host.whenReady(),
      (e: unknown) => e instanceof KernelError && e.code === "KERNEL_DIED" && /\(signal SIGKILL\)/.test(e.message),
    );
  });

  it("warms up the modules it is given", async () => {
    // The project's notebooks folder, from which @behoud/compendium resolves (nothing is written there).
    await withHost(
      { projectDir: ROOT, cwd: join(ROOT, "notebooks"), warmModules: ["@behoud/compendium", "no-such-module-here"] },
      async (host) => {
        await host.whenReady();
        assert.ok(host.warmMs > 0);
        // A module that cannot be loaded does not stop the host; the notebook that imports it fails.
        await withKernel(host, async (kernel) => {
          const r = await executeNotebook(notebookOf('import { mean } from "@behoud/stats";\nconsole.log(mean([1, 2, 3]));'), { kernel });
          assert.equal(outputText(r.notebook, 0), "2\n");
        });
      },
    );
  });
});
