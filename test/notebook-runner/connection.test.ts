/**
 * Ports for kernels started side by side: a port handed out is not handed out again while a
 * kernel may still be about to bind it (a kernel that lost its port to another never answered
 * kernel_info_request; seen once in CI with two tslab kernels under --jobs 2).
 */
import assert from "node:assert/strict";
import { it } from "node:test";
import { findFreePorts } from "../../lib/notebook-runner/src/connection.js";

it("hands out no port twice within a process (40 kernels' worth, 200 ports)", async () => {
  const all: number[] = [];
  for (let i = 0; i < 40; i++) all.push(...(await findFreePorts(5)));
  assert.equal(all.length, 200);
  assert.equal(new Set(all).size, 200, "a port was handed out twice");
});
