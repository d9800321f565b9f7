import { describe, expect, it } from "vitest";
import { ChunkQueue, ENVELOPE_BYTES } from "../../../src/objectmodel/add-task/packing.js";

const items = (count: number, bytes = 10) => Array.from({ length: count }, (_, i) => ({ id: i, bytes }));
const ids = (chunk: readonly { id: number }[]) => chunk.map((item) => item.id);

describe("ChunkQueue", () => {
  it("takes at most 100 items per chunk, in order, until none wait", () => {
    const queue = new ChunkQueue(items(250));
    const chunks = [queue.take(), queue.take(), queue.take()];
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(ids(chunks.flat())).toEqual(ids(items(250)));
    expect(queue.length).toBe(0);
    expect(queue.take()).toEqual([]);
  });

  it("stops a chunk before the byte budget, counting the envelope and the commas", () => {
    const queue = new ChunkQueue(items(5, 10));
    // Three items take 30 bytes and two commas; two take 21.
    expect(ids(queue.take(100, ENVELOPE_BYTES + 32))).toEqual([0, 1, 2]);
    expect(ids(queue.take(100, ENVELOPE_BYTES + 20))).toEqual([3]);
    // One item always goes, even over the budget.
    expect(ids(queue.take(100, 1))).toEqual([4]);
  });

  it("sends put-back items first, then what was still waiting", () => {
    const queue = new ChunkQueue(items(6));
    const first = queue.take(3);
    expect(queue.length).toBe(3);
    queue.putBack([first[2], first[0]]);
    expect(queue.length).toBe(5);
    expect(ids(queue.take())).toEqual([2, 0, 3, 4, 5]);
  });
});
