import { spawnSync } from "node:child_process";

export interface Spread {
  runs: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { runs: s.length, min: s[0] ?? 0, median: at(0.5), p95: at(0.95), max: s.at(-1) ?? 0 };
}

/** Times `fn` `runs` times after a short warm-up; milliseconds. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  return Array.from({ length: runs }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
}

export const ms = (x: number) =>
  x >= 100 || x === 0 ? `${x.toFixed(0)} ms` : x >= 1 ? `${x.toFixed(2)} ms` : `${(x * 1000).toFixed(0)} µs`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const range = (s: Spread) => `${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)}`;

/** Times a whole command `runs` times, start to exit; a failing run is an error, not a figure. */
export function timeCommand(cmd: string, args: string[], runs: number, cwd?: string): Spread {
  return timeCommands([{ cmd, args }], runs, cwd)[0] as Spread;
}

/**
 * Times several commands `runs` times each, taking turns, so that a figure and its floor see the
 * same machine load (another process on a shared machine slows both, not one of them).
 */
export function timeCommands(commands: { cmd: string; args: string[] }[], runs: number, cwd?: string): Spread[] {
  const times = commands.map(() => [] as number[]);
  for (let run = 0; run < runs; run++)
    commands.forEach(({ cmd, args }, i) => {
      const t = performance.now();
      const r = spawnSync(cmd, args, { cwd, stdio: "ignore" });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
      times[i]?.push(performance.now() - t);
    });
  return times.map(spread);
}
