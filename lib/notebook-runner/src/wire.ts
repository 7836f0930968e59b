/**
 * The Jupyter messaging protocol's wire format (protocol version 5.3), for a client.
 *
 * A message travels as a multipart ZeroMQ message:
 *
 * ```
 * [ routing identities...,  "<IDS|MSG>",  signature,  header,  parent_header,  metadata,  content,  buffers... ]
 * ```
 *
 * - The identities are ZeroMQ routing prefixes (a ROUTER socket adds them, a PUB socket
 *   may send a topic there); everything before the delimiter is ignored by a client.
 * - `signature` is the lowercase hex HMAC-SHA256, keyed with the connection file's `key`,
 *   over the four JSON frames header, parent_header, metadata and content, in that order
 *   (binary buffers are not signed). An empty key disables signing (signature `""`).
 * - The four JSON frames are UTF-8 JSON objects; `parent_header` is `{}` when there is no
 *   parent.
 *
 * Reference: https://jupyter-client.readthedocs.io/en/latest/messaging.html#the-wire-protocol
 *
 * @module runner/wire
 */
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { KernelError } from "./errors.js";

/** The delimiter frame between routing identities and the signed message. */
export const DELIMITER = "<IDS|MSG>";

/** Messaging protocol version this client speaks. */
export const PROTOCOL_VERSION = "5.3";

/** A JSON value as it travels in message content. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** The header of a message (also used as `parent_header`). */
export interface MessageHeader {
  readonly msg_id: string;
  readonly session: string;
  readonly username: string;
  readonly date: string;
  readonly msg_type: string;
  readonly version: string;
}

/** A decoded Jupyter message. */
export interface JupyterMessage {
  readonly header: MessageHeader;
  /** The header of the request this message answers, or `undefined` (wire: `{}`). */
  readonly parentHeader: MessageHeader | undefined;
  readonly metadata: JsonObject;
  readonly content: JsonObject;
  readonly buffers: readonly Buffer[];
}

/** Computes the hex HMAC-SHA256 signature of the four JSON frames ("" when `key` is empty). */
export function sign(key: string, frames: readonly (string | Buffer)[]): string {
  if (key === "") return "";
  const hmac = createHmac("sha256", key);
  for (const frame of frames) hmac.update(frame);
  return hmac.digest("hex");
}

/**
 * Builds a new message header.
 *
 * @param msgType - e.g. `"execute_request"`.
 * @param session - the client's session id (one per client).
 */
export function newHeader(msgType: string, session: string, username = "runner"): MessageHeader {
  return {
    msg_id: randomUUID(),
    session,
    username,
    // The date is required by the protocol; it never reaches a written notebook.
    date: new Date().toISOString(),
    msg_type: msgType,
    version: PROTOCOL_VERSION,
  };
}

/**
 * Serialises a message to ZeroMQ frames, signed with `key`. A client's DEALER socket needs
 * no routing identity, so the frames start with the delimiter.
 */
export function encodeMessage(
  key: string,
  message: {
    header: MessageHeader;
    parentHeader?: MessageHeader | undefined;
    metadata?: JsonObject;
    content: JsonObject;
    buffers?: readonly Buffer[];
  },
): Buffer[] {
  const json = [
    JSON.stringify(message.header),
    JSON.stringify(message.parentHeader ?? {}),
    JSON.stringify(message.metadata ?? {}),
    JSON.stringify(message.content),
  ].map((s) => Buffer.from(s, "utf8"));
  const signature = sign(key, json);
  return [Buffer.from(DELIMITER), Buffer.from(signature), ...json, ...(message.buffers ?? [])];
}

function parseJsonFrame(frame: Buffer | undefined, what: string): JsonObject {
  if (frame === undefined) throw new KernelError("PROTOCOL", `message has no ${what} frame`);
  let value: unknown;
  try {
    value = JSON.parse(frame.toString("utf8"));
  } catch {
    throw new KernelError("PROTOCOL", `message ${what} frame is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new KernelError("PROTOCOL", `message ${what} frame is not a JSON object`);
  }
  return value as JsonObject;
}

function asHeader(obj: JsonObject, what: string): MessageHeader {
  if (typeof obj.msg_id !== "string" || typeof obj.msg_type !== "string") {
    throw new KernelError("PROTOCOL", `message ${what} lacks msg_id or msg_type`);
  }
  return obj as unknown as MessageHeader;
}

/**
 * Parses and verifies frames received from the kernel.
 *
 * @throws {KernelError} `PROTOCOL` when the delimiter or a frame is missing, a JSON frame is
 *   invalid, or the signature does not match (compared in constant time).
 */
export function decodeMessage(key: string, frames: readonly Buffer[]): JupyterMessage {
  const delimiterIndex = frames.findIndex((f) => f.length === DELIMITER.length && f.toString("latin1") === DELIMITER);
  if (delimiterIndex < 0) throw new KernelError("PROTOCOL", `message has no ${DELIMITER} delimiter`);
  const signature = frames[delimiterIndex + 1];
  const signed = frames.slice(delimiterIndex + 2, delimiterIndex + 6);
  if (signature === undefined || signed.length < 4) {
    throw new KernelError("PROTOCOL", `message has ${frames.length - delimiterIndex - 1} frames after the delimiter; expected at least 5`);
  }
  if (key !== "") {
    const expected = Buffer.from(sign(key, signed), "latin1");
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      throw new KernelError("PROTOCOL", "message signature does not match its HMAC-SHA256 (wrong key or tampered message)");
    }
  }
  const header = asHeader(parseJsonFrame(signed[0], "header"), "header");
  const parent = parseJsonFrame(signed[1], "parent_header");
  return {
    header,
    parentHeader: Object.keys(parent).length === 0 ? undefined : asHeader(parent, "parent_header"),
    metadata: parseJsonFrame(signed[2], "metadata"),
    content: parseJsonFrame(signed[3], "content"),
    buffers: frames.slice(delimiterIndex + 6),
  };
}
