import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";

/** What ingest wrote into a draft folder, file by file, so a rerun can tell a curator's edits from its own. */
export const MANIFEST = ".ingest-manifest.json";

const sha256 = (content: string | Uint8Array) => createHash("sha256").update(content).digest("hex");

/** The manifest of a draft's files: each path with the sha256 of what ingest wrote there. */
export function manifest(files: Map<string, string | Uint8Array>): string {
  const hashes = Object.fromEntries([...files].map(([path, content]) => [path, sha256(content)]));
  return `${JSON.stringify(
    {
      about:
        "Written by pnpm ingest: the sha256 of each file as ingest wrote it. `--force` replaces this folder only while every file is unchanged.",
      files: hashes,
    },
    null,
    2,
  )}\n`;
}

function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, root) : [relative(root, path).split("\\").join("/")];
  });
}

/** Files whose records a curator confirms: each record keeps `draft: true` and `confidence` until then. */
const MARKED = (path: string) => path === "events.yaml" || /^entities\/[^/]+\.yaml$/.test(path);
/** Files ingest always leaves empty: any record in them is the curator's. */
const EMPTY = new Set(["sanctions.yaml", "restrictions.yaml", "strategies.yaml"]);

/** The first record of a content file that a curator confirmed or wrote, described for a message. */
function confirmedRecord(dir: string, path: string): string | undefined {
  let items: unknown;
  try {
    items = parse(readFileSync(join(dir, path), "utf8"));
  } catch {
    return `${path} is no longer the YAML ingest wrote`;
  }
  if (!Array.isArray(items)) return undefined;
  for (const [i, item] of items.entries()) {
    const r = (item ?? {}) as { id?: unknown; draft?: unknown; confidence?: unknown };
    const name = typeof r.id === "string" ? `'${r.id}'` : `record ${i + 1}`;
    if (EMPTY.has(path)) return `${path} has ${name}, which ingest never writes`;
    if (r.draft !== true || typeof r.confidence !== "number")
      return `${path} ${name} has no ${r.draft === true ? "confidence" : "draft: true"} mark (confirmed)`;
  }
  return undefined;
}

/**
 * Why `dir` must not be replaced by a new draft, or undefined when it is a draft exactly as ingest
 * wrote it: a record without its draft marks (confirmed), a record in a file ingest leaves empty,
 * a file added, changed or removed since ingest wrote it (its manifest says), or no manifest.
 */
export function whyNotReplaceable(dir: string): string | undefined {
  const report = join(dir, "report.yaml");
  if (!existsSync(report) || !/^status: draft$/m.test(readFileSync(report, "utf8")))
    return "it holds files that are not a draft";
  const files = filesUnder(dir).sort();
  for (const path of files)
    if (MARKED(path) || EMPTY.has(path)) {
      const why = confirmedRecord(dir, path);
      if (why) return `it holds confirmed work: ${why}`;
    }
  if (!files.includes(MANIFEST)) return `it has no ${MANIFEST}, so hand edits cannot be ruled out`;
  let written: Record<string, string>;
  try {
    written = (JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")) as { files: Record<string, string> }).files;
  } catch {
    return `its ${MANIFEST} is not the one ingest wrote`;
  }
  for (const path of files) {
    if (path === MANIFEST) continue;
    if (!(path in written)) return `it holds ${path}, which ingest did not write`;
    if (sha256(readFileSync(join(dir, path))) !== written[path]) return `${path} was edited since ingest wrote it`;
  }
  const removed = Object.keys(written).find((path) => !files.includes(path));
  return removed ? `${removed} was removed since ingest wrote it` : undefined;
}
