/**
 * KernelClient against the scriptable fake kernel: handshake, completion rule (reply + idle),
 * time-outs, kernel death, bad signatures, shutdown fallbacks, no leftover processes.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { describe, it } from "node:test";
import { KernelClient, KernelError, liveKernelPids, type JupyterMessage } from "../../lib/notebook-runner/src/index.js";
import { fakeKernelSpec, isAlive, script, waitGone } from "./helpers.js";

async function withKernel(env: Record<string, string>, body: (k: KernelClient) => Promise<void>): Promise<number> {
  const kernel = await KernelClient.start(fakeKernelSpec(env), { startupTimeoutMs: 20_000 });
  try {
    await body(kernel);
  } finally {
    await kernel.shutdown(500);
  }
  return kernel.pid;
}

describe("KernelClient (fake kernel)", () => {
  it("completes the handshake and reads kernel_info", async () => {
    const pid = await withKernel({}, async (k) => {
      assert.equal(k.kernelInfo.implementation, "fake");
      assert.ok(k.startupMs > 0);
      assert.ok(isAlive(k.pid));
    });
    assert.equal(await waitGone(pid), true, "kernel process must be gone after shutdown");
  });

  it("delivers the request's iopub messages in order and resolves on reply + idle", async () => {
    await withKernel({}, async (k) => {
      const seen: JupyterMessage[] = [];
      const { reply } = await k.execute(
        script({
          messages: [
            ["stream", { name: "stdout", text: "a" }],
            ["display_data", { data: { "text/plain": "x" }, metadata: {}, transient: {} }],
            ["stream", { name: "stdout", text: "b" }],
          ],
        }),
        { onIopub: (m) => seen.push(m) },
      );
      assert.equal(reply.content.status, "ok");
      assert.deepEqual(
        seen.map((m) => m.header.msg_type),
        ["execute_input", "stream", "display_data", "stream"],
      );
    });
  });

  it("waits for the execute_reply when idle arrives first", async () => {
    await withKernel({}, async (k) => {
      const { reply } = await k.execute(script({ idleBeforeReply: true }));
      assert.equal(reply.content.status, "ok");
      assert.equal(reply.content.execution_count, 1);
    });
  });

  it("collects a message published after the idle status (Deno does this), via the barrier", async () => {
    await withKernel({}, async (k) => {
      const seen: string[] = [];
      const result = { data: { "text/plain": "42" }, metadata: {}, execution_count: 1 };
      await k.execute(script({ late: [["execute_result", result]] }), { onIopub: (m) => seen.push(m.header.msg_type) });
      assert.deepEqual(seen, ["execute_input", "execute_result"]);
    });
  });

  it("routes a late message to its own request even while the next one runs", async () => {
    await withKernel({}, async (k) => {
      const first: string[] = [];
      const second: string[] = [];
      await k.execute(script({ late: [["stream", { name: "stdout", text: "late" }]], lateDelayMs: 100 }), {
        onIopub: (m) => first.push(String(m.content.text ?? m.header.msg_type)),
      });
      await k.execute(script({ sleepMs: 400 }), { onIopub: (m) => second.push(m.header.msg_type) });
      assert.deepEqual(first, ["execute_input", "late"]);
      assert.deepEqual(second, ["execute_input"]);
    });
  });

  it("reports an error reply without rejecting", async () => {
    await withKernel({}, async (k) => {
      const { reply } = await k.execute(script({ status: "error", error: { ename: "ValueError", evalue: "bad", traceback: [] } }));
      assert.equal(reply.content.status, "error");
      assert.equal(reply.content.ename, "ValueError");
    });
  });

  it("rejects with CELL_TIMEOUT when a cell runs too long", async () => {
    await withKernel({}, async (k) => {
      await assert.rejects(k.execute(script({ sleepMs: 5000 }), { timeoutMs: 200 }), (e: unknown) => {
        assert.ok(e instanceof KernelError);
        assert.equal(e.code, "CELL_TIMEOUT");
        assert.match(e.message, /did not finish within 0\.2 s/);
        return true;
      });
    });
  });

  it("fails fast with PROTOCOL when the idle status never follows the reply", async () => {
    const kernel = await KernelClient.start(fakeKernelSpec(), { startupTimeoutMs: 20_000, iopubTimeoutMs: 300 });
    try {
      const t0 = Date.now();
      await assert.rejects(kernel.execute(script({ skipIdle: true }), { timeoutMs: 20_000 }), (e: unknown) => {
        assert.ok(e instanceof KernelError);
        assert.equal(e.code, "PROTOCOL");
        assert.match(e.message, /sent execute_reply but no iopub status "idle" within 0\.3 s/);
        return true;
      });
      assert.ok(Date.now() - t0 < 5000);
      const { reply } = await kernel.execute(script({}));
      assert.equal(reply.content.status, "ok", "the client stays usable");
    } finally {
      await kernel.shutdown();
    }
  });

  it("rejects with KERNEL_DIED when the kernel exits during a cell", async () => {
    const pid = await withKernel({}, async (k) => {
      await assert.rejects(k.execute(script({ exit: 3 }), { timeoutMs: 10_000 }), (e: unknown) => {
        assert.ok(e instanceof KernelError);
        assert.equal(e.code, "KERNEL_DIED");
        assert.match(e.message, /exit code 3/);
        return true;
      });
      assert.equal(k.alive, false);
      await assert.rejects(k.execute("{}"), (e: unknown) => e instanceof KernelError && e.code === "KERNEL_DIED");
    });
    assert.equal(isAlive(pid), false);
  });

  it("rejects messages with a wrong HMAC signature", async () => {
    await withKernel({}, async (k) => {
      await assert.rejects(
        k.execute(script({ messages: [["stream", { name: "stdout", text: "x" }]], badSignature: true }), { timeoutMs: 10_000 }),
        (e: unknown) => e instanceof KernelError && e.code === "PROTOCOL" && /signature/.test(e.message),
      );
    });
  });

  it("falls back to SIGTERM, then SIGKILL, when the kernel ignores shutdown_request", async () => {
    const kernel = await KernelClient.start(fakeKernelSpec({ FAKE_KERNEL_IGNORE_SHUTDOWN: "1", FAKE_KERNEL_IGNORE_SIGTERM: "1" }), {
      startupTimeoutMs: 20_000,
    });
    const pid = kernel.pid;
    const t0 = Date.now();
    await kernel.shutdown(300);
    assert.equal(isAlive(pid), false);
    assert.ok(Date.now() - t0 >= 500, "both grace periods were waited for");
    assert.deepEqual(liveKernelPids(), []);
  });

  it("removes the connection file and rejects requests after shutdown", async () => {
    const kernel = await KernelClient.start(fakeKernelSpec(), { startupTimeoutMs: 20_000 });
    const file = (kernel as unknown as { connection: { path: string } }).connection.path;
    assert.equal(existsSync(file), true);
    await kernel.shutdown();
    await kernel.shutdown(); // idempotent
    assert.equal(existsSync(dirname(file)), false);
    await assert.rejects(kernel.execute("{}"), (e: unknown) => e instanceof KernelError && e.code === "INVALID_STATE");
  });

  it("fails to start with SPAWN_FAILED for a missing binary", async () => {
    await assert.rejects(
      KernelClient.start({
        name: "missing",
        displayName: "Missing",
        language: "x",
        argv: ["/nonexistent/kernel-binary", "{connection_file}"],
      }),
      (e: unknown) => e instanceof KernelError && (e.code === "SPAWN_FAILED" || e.code === "KERNEL_DIED"),
    );
    assert.deepEqual(liveKernelPids(), []);
  });

  it("fails to start with KERNEL_DIED when the process exits at once, with its output", async () => {
    await assert.rejects(
      KernelClient.start({
        name: "crash",
        displayName: "Crash",
        language: "x",
        argv: [process.execPath, "-e", "console.error('cannot start: {connection_file}'); process.exit(7)"],
      }),
      (e: unknown) => {
        assert.ok(e instanceof KernelError);
        assert.equal(e.code, "KERNEL_DIED");
        assert.match(e.message, /exit code 7/);
        assert.match(e.kernelLog, /cannot start: .*kernel\.json/);
        return true;
      },
    );
  });

  it("fails to start with STARTUP_TIMEOUT when nothing answers, and kills the process", async () => {
    await assert.rejects(
      KernelClient.start(
        {
          name: "mute",
          displayName: "Mute",
          language: "x",
          argv: [process.execPath, "-e", "setInterval(() => {}, 1000)", "{connection_file}"],
        },
        { startupTimeoutMs: 300 },
      ),
      (e: unknown) => {
        assert.ok(e instanceof KernelError);
        assert.equal(e.code, "STARTUP_TIMEOUT");
        return true;
      },
    );
    assert.deepEqual(liveKernelPids(), []);
  });
});
