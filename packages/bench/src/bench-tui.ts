import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateReport } from "./generate.ts";
import { dataDir, root } from "./paths.ts";
import { type Spread, spread, timeCommand } from "./stats.ts";

const CLI = join(root, "apps/tui/dist/cli.js");
const SOURCE = join(dataDir, "data/source.txt");

export interface TuiFigures {
  version: Spread;
  versionFloor: Spread;
  firstFrame: Spread;
  catFloor: Spread;
  keypress: Spread;
  rssMb: number;
}

/** The node process under `script`'s pseudo-terminal: the child whose command line runs cli.js. */
function rssOfCli(scriptPid: number): number {
  const children = spawnSync("pgrep", ["-P", String(scriptPid)], { encoding: "utf8" })
    .stdout.trim()
    .split("\n");
  for (const pid of children.filter(Boolean)) {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  }
  return Number.NaN;
}

/** Starts the interactive UI in a real pseudo-terminal (util-linux `script`) and times what a user waits for. */
function interactiveRun(
  args: string[] = [],
  timeoutMs = 10_000,
): Promise<{ firstFrame: number; keypress: number[]; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("script", ["-qfec", `stty cols 100 rows 30; exec node ${CLI} ${args.join(" ")}`, "/dev/null"], {
      env: { ...process.env, TERM: "xterm-256color" },
    });
    let out = "";
    let firstFrame = 0;
    const keypress: number[] = [];
    // Each key changes the screen, so each is answered by a new frame.
    const keys = ["3", "j", "j", "k", "2", "4", "1"];
    const expect = ["Entities", undefined, undefined, undefined, "Reader", "Timeline", "Overview"];
    let step = -1;
    let sentAt = 0;
    let seen = 0;
    let done = false;
    const fail = (reason: string) => {
      if (done) return;
      done = true;
      child.kill("SIGTERM");
      // The last thing the UI printed, without escape sequences: usually the error that stopped it.
      const said = out
        // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes is the point
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
        .trim()
        .split("\n")
        .at(-1);
      reject(new Error(said ? `${reason}: ${said.trim()}` : reason));
    };
    const next = () => {
      step += 1;
      if (step >= keys.length) {
        const rssMb = rssOfCli(child.pid ?? 0);
        done = true;
        child.stdin.write("q");
        setTimeout(() => child.kill("SIGTERM"), 200);
        resolve({ firstFrame, keypress, rssMb });
        return;
      }
      seen = out.length;
      sentAt = performance.now();
      child.stdin.write(keys[step] as string);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (!firstFrame && out.includes("Overview")) {
        firstFrame = performance.now() - t0;
        setTimeout(next, 50);
        return;
      }
      if (step >= 0 && step < keys.length && out.length > seen) {
        const want = expect[step];
        if (!want || out.slice(seen).includes(want)) {
          keypress.push(performance.now() - sentAt);
          seen = Number.POSITIVE_INFINITY;
          setTimeout(next, 30);
        }
      }
    });
    child.on("error", (error) => fail(error.message));
    child.on("exit", (code) => fail(`the terminal UI exited with code ${code} before the benchmark was done`));
    setTimeout(() => fail(`the terminal UI did not answer within ${timeoutMs / 1000} s`), timeoutMs).unref();
  });
}

export async function benchTui(runs = 7): Promise<TuiFigures> {
  const version = timeCommand(process.execPath, [CLI, "--version"], runs * 2);
  const versionFloor = timeCommand(process.execPath, ["-e", ""], runs * 2);
  const catFloor = timeCommand("cat", [SOURCE], runs * 2);
  const first: number[] = [];
  const keys: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await interactiveRun();
    first.push(r.firstFrame);
    keys.push(...r.keypress);
    rss.push(r.rssMb);
  }
  return { version, versionFloor, firstFrame: spread(first), catFloor, keypress: spread(keys), rssMb: spread(rss).max };
}

export interface TuiCorpusFigures {
  reports: number;
  entities: number;
  jsonMb: number;
  firstFrame: number;
  keypress: Spread;
  rssMb: number;
}

/**
 * Browsing a document as large as `reports` reports (generated, loaded with --data): load time,
 * keypress-to-frame while moving through the lists, and memory.
 */
export async function benchTuiCorpus(reports: number): Promise<TuiCorpusFigures> {
  const doc = generateReport(1, { scale: reports });
  const file = join(mkdtempSync(join(tmpdir(), "report-bench-")), "corpus.json");
  writeFileSync(file, JSON.stringify(doc));
  const jsonMb = statSync(file).size / 2 ** 20;
  try {
    const r = await interactiveRun(["--data", file], 120_000);
    return {
      reports,
      entities: doc.entities.length,
      jsonMb,
      firstFrame: r.firstFrame,
      keypress: spread(r.keypress),
      rssMb: r.rssMb,
    };
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}
