import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const RUNS = 1000;

const word = fc.oneof(
  fc.constantFrom("show", "search", "entities", "timeline", "read", "help", "embassy-minsk", "belneftekhim", "p3"),
  fc.constantFrom("--json", "--kind", "--limit", "--no-color", "--help", "-h", "--version", "-v", "--", "-", "--x"),
  fc.constantFrom("event", "sanction", "0", "-1", "99999999999999999999", "NaN", "p99", "'", '"', "\\"),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }).map((s) => s.replace(/\0/g, "")),
);
const argvs = fc.sample(fc.array(word, { maxLength: 5 }), { numRuns: RUNS, seed: 20261127 });

function run(args: string[]): Promise<{ args: string[]; code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("close", (code) => resolve({ args, code, stdout, stderr }));
    child.stdin.end();
  });
}

async function pool<T, R>(items: T[], size: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i] as T);
      }
    }),
  );
  return out;
}

describe(`${RUNS} generated argument vectors`, () => {
  it("exit only 0, 1 or 2, and never print a stack trace", async () => {
    const results = await pool(argvs, 4, run);
    const bad = results.filter(
      (r) => ![0, 1, 2].includes(r.code ?? -1) || /\n\s+at .+:\d+:\d+/.test(r.stderr) || /^\w*Error\b/m.test(r.stderr),
    );
    expect(bad.slice(0, 3)).toEqual([]);
    expect(results).toHaveLength(RUNS);
  }, 300_000);
});
