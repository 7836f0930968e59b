/** The Jupyter wire format: HMAC-SHA256 signing, framing, verification. */
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { decodeMessage, DELIMITER, encodeMessage, KernelError, newHeader, sign } from "../../lib/notebook-runner/src/index.js";

const KEY = "0123456789abcdef";

describe("wire format", () => {
  it("signs the four JSON frames with HMAC-SHA256 (hex), as jupyter_client does", () => {
    const frames = ['{"a":1}', "{}", "{}", '{"code":"1"}'];
    const expected = createHmac("sha256", KEY).update(frames.join("")).digest("hex");
    assert.equal(sign(KEY, frames), expected);
    assert.equal(sign("", frames), "", "an empty key disables signing");
  });

  it("encodes [delimiter, signature, header, parent, metadata, content, buffers...]", () => {
    const header = newHeader("execute_request", "session-1");
    const frames = encodeMessage(KEY, { header, content: { code: "x" }, buffers: [Buffer.from([1, 2])] });
    assert.equal(frames.length, 7);
    assert.equal(frames[0]?.toString(), DELIMITER);
    assert.equal(frames[1]?.toString(), sign(KEY, frames.slice(2, 6)));
    assert.deepEqual(JSON.parse(frames[2]?.toString() ?? ""), header);
    assert.equal(frames[3]?.toString(), "{}");
    assert.equal(header.version, "5.3");
    assert.match(header.msg_id, /^[0-9a-f-]{36}$/);
  });

  it("decodes with routing identities before the delimiter and verifies the signature", () => {
    const parent = newHeader("execute_request", "s");
    const frames = encodeMessage(KEY, { header: newHeader("stream", "k"), parentHeader: parent, content: { name: "stdout", text: "hi" } });
    const message = decodeMessage(KEY, [Buffer.from("identity-1"), Buffer.from("identity-2"), ...frames, Buffer.from("buf")]);
    assert.equal(message.header.msg_type, "stream");
    assert.equal(message.parentHeader?.msg_id, parent.msg_id);
    assert.deepEqual(message.content, { name: "stdout", text: "hi" });
    assert.equal(message.buffers.length, 1);
  });

  it("treats an empty parent_header as no parent", () => {
    const frames = encodeMessage(KEY, { header: newHeader("status", "k"), content: { execution_state: "starting" } });
    assert.equal(decodeMessage(KEY, frames).parentHeader, undefined);
  });

  it("rejects a tampered message, a wrong key, a missing delimiter, bad JSON", () => {
    const frames = encodeMessage(KEY, { header: newHeader("stream", "k"), content: { text: "a" } });
    const tampered = [...frames];
    tampered[5] = Buffer.from('{"text":"b"}');
    const protocol = (e: unknown): boolean => e instanceof KernelError && e.code === "PROTOCOL";
    assert.throws(() => decodeMessage(KEY, tampered), protocol);
    assert.throws(() => decodeMessage("other-key", frames), protocol);
    assert.throws(() => decodeMessage(KEY, frames.slice(1)), protocol);
    assert.throws(() => decodeMessage(KEY, frames.slice(0, 4)), protocol);
    const badJson = [...frames];
    badJson[5] = Buffer.from("{not json");
    badJson[1] = Buffer.from(sign(KEY, badJson.slice(2, 6)));
    assert.throws(
      () => decodeMessage(KEY, badJson),
      (e: unknown) => protocol(e) && /not valid JSON/.test((e as Error).message),
    );
  });
});
