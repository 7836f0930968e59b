/**
 * Connection files: the JSON file through which a Jupyter client tells a kernel which
 * ports to bind and which key signs messages.
 *
 * Reference: https://jupyter-client.readthedocs.io/en/latest/kernels.html#connection-files
 *
 * @module runner/connection
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The content of a connection file (TCP transport only). */
export interface ConnectionInfo {
  readonly transport: "tcp";
  readonly ip: string;
  readonly shell_port: number;
  readonly iopub_port: number;
  readonly stdin_port: number;
  readonly control_port: number;
  readonly hb_port: number;
  readonly key: string;
  readonly signature_scheme: "hmac-sha256";
  readonly kernel_name: string;
}

/** Ports handed out by {@link findFreePorts} in this process, with when (ms). */
const handedOut = new Map<number, number>();
/** How long a port handed out is not handed out again: time enough for a kernel to bind it. */
const REUSE_AFTER_MS = 120_000;

/**
 * Finds `count` distinct free TCP ports on `host` by binding servers to port 0 and
 * closing them. All servers stay open until every port is known, so the ports differ; and a
 * port handed out in the last two minutes is not handed out again, so that kernels started
 * side by side in this process never get the same port before the first has bound it.
 * (Another process may take a port between closing and the kernel's bind; Jupyter's own
 * client has the same window.)
 */
export async function findFreePorts(count: number, host = "127.0.0.1"): Promise<number[]> {
  const now = Date.now();
  for (const [port, at] of handedOut) if (now - at > REUSE_AFTER_MS) handedOut.delete(port);
  const servers: import("node:net").Server[] = [];
  const ports: number[] = [];
  try {
    // Bounded: the operating system has far more free ports than are ever held back here.
    for (let attempts = 0; ports.length < count && attempts < count + 1000; attempts++) {
      const server = await new Promise<import("node:net").Server>((resolve, reject) => {
        const s = createServer();
        s.once("error", reject);
        s.listen({ port: 0, host, exclusive: true }, () => resolve(s));
      });
      servers.push(server);
      const address = server.address();
      if (address === null || typeof address === "string") throw new Error("unexpected server address");
      if (!handedOut.has(address.port)) ports.push(address.port);
    }
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
  if (ports.length < count) throw new Error(`found ${ports.length} of ${count} free ports on ${host}`);
  for (const port of ports) handedOut.set(port, now);
  return ports;
}

/** Creates connection info with five free ports on 127.0.0.1 and a random 256-bit key. */
export async function newConnectionInfo(kernelName: string): Promise<ConnectionInfo> {
  const [shell, iopub, stdin, control, hb] = await findFreePorts(5);
  if (shell === undefined || iopub === undefined || stdin === undefined || control === undefined || hb === undefined) {
    throw new Error("findFreePorts returned too few ports");
  }
  return {
    transport: "tcp",
    ip: "127.0.0.1",
    shell_port: shell,
    iopub_port: iopub,
    stdin_port: stdin,
    control_port: control,
    hb_port: hb,
    key: randomBytes(32).toString("hex"),
    signature_scheme: "hmac-sha256",
    kernel_name: kernelName,
  };
}

/** A connection file on disk, in a private temporary directory removed by {@link dispose}. */
export interface ConnectionFile {
  readonly path: string;
  readonly info: ConnectionInfo;
  dispose(): Promise<void>;
}

/** Writes `info` to `<tmp>/runner-XXXXXX/kernel.json` with mode 0600. */
export async function writeConnectionFile(info: ConnectionInfo): Promise<ConnectionFile> {
  const dir = await mkdtemp(join(tmpdir(), "runner-"));
  const path = join(dir, "kernel.json");
  await writeFile(path, `${JSON.stringify(info, null, 1)}\n`, { mode: 0o600 });
  return {
    path,
    info,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The ZeroMQ endpoint of one channel, e.g. `tcp://127.0.0.1:51234`. */
export function endpoint(info: ConnectionInfo, port: number): string {
  return `${info.transport}://${info.ip}:${port}`;
}
