/**
 * A scriptable fake Jupyter kernel for protocol tests (no TypeScript compiler, starts in
 * ~0.3 s). Started as `node --import tsx test/notebook-runner/fake-kernel.ts <connection file>`.
 *
 * The "code" of an `execute_request` is a JSON script:
 * ```json
 * { "messages": [["stream", {"name": "stdout", "text": "hi\n"}], ...],
 *   "status": "ok" | "error", "error": {"ename": "...", "evalue": "...", "traceback": []},
 *   "sleepMs": 0, "idleBeforeReply": false, "badSignature": false, "exit": null,
 *   "late": [["execute_result", {...}]], "lateDelayMs": 0 }
 * ```
 * Environment: FAKE_KERNEL_IGNORE_SHUTDOWN=1 makes it ignore `shutdown_request`;
 * FAKE_KERNEL_IGNORE_SIGTERM=1 makes it ignore SIGTERM (to test the SIGKILL fallback).
 */
import { readFileSync } from "node:fs";
import * as zmq from "zeromq";
import { decodeMessage, encodeMessage, newHeader, type JsonObject, type JupyterMessage } from "../../lib/notebook-runner/src/wire.js";

interface Script {
  messages?: [string, JsonObject][];
  status?: "ok" | "error";
  error?: JsonObject;
  sleepMs?: number;
  idleBeforeReply?: boolean;
  badSignature?: boolean;
  exit?: number | null;
  /** Published after the request's idle status, like the Deno kernel sometimes does. */
  late?: [string, JsonObject][];
  lateDelayMs?: number;
  /** Never publish the request's idle status (a lost message). */
  skipIdle?: boolean;
}

const info = JSON.parse(readFileSync(process.argv[2] ?? "", "utf8")) as {
  ip: string;
  key: string;
  shell_port: number;
  control_port: number;
  iopub_port: number;
};
const key = info.key;
const shell = new zmq.Router({ linger: 0 });
const control = new zmq.Router({ linger: 0 });
const iopub = new zmq.Publisher({ linger: 0 });
if (process.env.FAKE_KERNEL_IGNORE_SIGTERM === "1") process.on("SIGTERM", () => undefined);

let count = 0;
const session = "fake-kernel";
const sendQueue = new Map<zmq.Socket, Promise<void>>();
function send(socket: zmq.Router | zmq.Publisher, frames: Buffer[]): Promise<void> {
  const prev = sendQueue.get(socket) ?? Promise.resolve();
  const next = prev.then(() => socket.send(frames));
  sendQueue.set(
    socket,
    next.catch(() => undefined),
  );
  return next;
}

function frames(msgType: string, parent: JupyterMessage, content: JsonObject, identities: Buffer[] = [], badSignature = false): Buffer[] {
  const f = encodeMessage(key, { header: newHeader(msgType, session, "kernel"), parentHeader: parent.header, content });
  if (badSignature) f[1] = Buffer.from("0".repeat(64));
  return [...identities, ...f];
}

const publish = (msgType: string, parent: JupyterMessage, content: JsonObject, bad = false): Promise<void> =>
  send(iopub, frames(msgType, parent, content, [], bad));

async function handle(socket: zmq.Router, raw: Buffer[]): Promise<void> {
  const delimiter = raw.findIndex((f) => f.toString() === "<IDS|MSG>");
  const identities = raw.slice(0, delimiter);
  const msg = decodeMessage(key, raw);
  const reply = (type: string, content: JsonObject, bad = false): Promise<void> =>
    send(socket, frames(type, msg, content, identities, bad));
  await publish("status", msg, { execution_state: "busy" });
  switch (msg.header.msg_type) {
    case "kernel_info_request":
      await reply("kernel_info_reply", {
        status: "ok",
        protocol_version: "5.3",
        implementation: "fake",
        implementation_version: "0.0.0",
        language_info: { name: "fake", version: "0", file_extension: ".txt", mimetype: "text/plain" },
        banner: "fake kernel",
      });
      break;
    case "execute_request": {
      const script = JSON.parse(String(msg.content.code)) as Script;
      count += 1;
      await publish("execute_input", msg, { code: String(msg.content.code), execution_count: count });
      for (const [type, content] of script.messages ?? []) await publish(type, msg, content, script.badSignature === true);
      if (script.sleepMs !== undefined) await new Promise((r) => setTimeout(r, script.sleepMs));
      if (script.exit !== undefined && script.exit !== null) process.exit(script.exit);
      const content: JsonObject =
        script.status === "error"
          ? { status: "error", execution_count: count, ...(script.error ?? {}) }
          : { status: "ok", execution_count: count };
      if (script.idleBeforeReply === true) {
        await publish("status", msg, { execution_state: "idle" });
        await new Promise((r) => setTimeout(r, 50));
        await reply("execute_reply", content);
        return;
      }
      await reply("execute_reply", content);
      if (script.skipIdle !== true) await publish("status", msg, { execution_state: "idle" });
      const late = script.late ?? [];
      const publishLate = async (): Promise<void> => {
        for (const [type, c] of late) await publish(type, msg, c);
      };
      if (script.lateDelayMs === undefined) await publishLate();
      else setTimeout(() => void publishLate(), script.lateDelayMs);
      return;
    }
    case "shutdown_request":
      await reply("shutdown_reply", { status: "ok", restart: false });
      await publish("status", msg, { execution_state: "idle" });
      if (process.env.FAKE_KERNEL_IGNORE_SHUTDOWN !== "1") {
        setTimeout(() => process.exit(0), 10);
      }
      return;
    default:
      break;
  }
  await publish("status", msg, { execution_state: "idle" });
}

async function serve(socket: zmq.Router): Promise<void> {
  for await (const raw of socket) void handle(socket, raw);
}

await Promise.all([
  shell.bind(`tcp://${info.ip}:${info.shell_port}`),
  control.bind(`tcp://${info.ip}:${info.control_port}`),
  iopub.bind(`tcp://${info.ip}:${info.iopub_port}`),
]);
void serve(shell);
void serve(control);
