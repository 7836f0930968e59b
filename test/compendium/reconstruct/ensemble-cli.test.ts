/**
 * `npm run ensemble`'s argument handling: usage errors and a non-empty --extremes folder are
 * refused (exit code 2) before anything is generated or written.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../lib/compendium/src/reconstruct/ensemble-cli.js";

function quietly(run: () => number): { code: number; stderr: string } {
  const write = process.stderr.write.bind(process.stderr);
  let stderr = "";
  process.stderr.write = ((chunk: string | Uint8Array): boolean => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: run(), stderr };
  } finally {
    process.stderr.write = write;
  }
}

test("unknown arguments and non-integers are usage errors", () => {
  const a = quietly(() => main(["--members", "many"]));
  assert.equal(a.code, 2);
  assert.match(a.stderr, /--members needs an integer; got many/);
  const b = quietly(() => main(["--fast"]));
  assert.equal(b.code, 2);
  assert.match(b.stderr, /unknown argument --fast\nusage: ensemble/);
});

test("a non-empty --extremes folder is refused and left as it was", () => {
  const dir = mkdtempSync(join(tmpdir(), "ensemble-cli-"));
  try {
    writeFileSync(join(dir, "mine.txt"), "keep");
    const r = quietly(() => main(["--extremes", dir, "--summary", join(dir, "summary.json")]));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /is not empty/);
    assert.deepEqual(readdirSync(dir), ["mine.txt"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
