/** The baseline of task execution: the same `/bin/true` processes spawned directly, `parallel` at a time. */
import { spawn } from "node:child_process";

function runTrue(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/true", [], { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", () => resolve());
  });
}

/** Spawns `/bin/true` `count` times, `parallel` at a time; resolves when every one has exited. */
export async function spawnDirectly(count: number, parallel: number): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      next++;
      await runTrue();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
