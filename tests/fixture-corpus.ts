import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// A curator's corpus, made as a curator makes one: `pnpm ingest` drafts a fixture text (invented sentences,
// marked as a fixture), and `pnpm build:data` builds that draft beside the published report into corpus.json.
// The terminal and website suites both browse it.
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const FIXTURE_TEXT = join(ROOT, "tests/tui/fixtures/fixture-armenia-draft.txt");
/** The id `ingest` gives the draft (from the text's file name). */
export const DRAFT_ID = "fixture-armenia-draft";

/** A root script (`pnpm ingest`, `pnpm build:data`) as a user runs it; its output when it fails. */
export function pnpm(...args: string[]): void {
  const r = spawnSync("pnpm", args, { cwd: ROOT, encoding: "utf8" });
  if (r.error) throw new Error(`cannot run pnpm (${r.error.message}): put tools/node_modules/.bin on PATH`);
  if (r.status !== 0) throw new Error(`pnpm ${args.join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** Drafts the fixture into `work/draft` and builds the corpus of the published report and it: `work/corpus/corpus.json`. */
export function buildFixtureCorpus(work: string): string {
  pnpm("ingest", FIXTURE_TEXT, "--out", join(work, "draft"));
  const contents = ["--content", "packages/data/content", "--content", join(work, "draft")];
  pnpm("build:data", ...contents, "--out", join(work, "corpus"));
  return join(work, "corpus", "corpus.json");
}
