#!/usr/bin/env node
// `pnpm ingest <text-file> --out <dir>`: a report's text to a draft content folder for @report/data.
import { basename, extname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { IngestError, ingest, readInput, writeDraft } from "./index.ts";
import { count } from "./plural.ts";
import { slug } from "./slug.ts";

const USAGE = [
  "usage: pnpm ingest <text-file> --out <dir> [--id <slug>] [--force]",
  "  --out    the draft content folder to write (new or empty)",
  "  --id     the document id (default: from the file name, e.g. belarus-2009)",
  "  --force  replace an earlier draft in --out, only while it is exactly as ingest wrote it",
].join("\n");

class UsageError extends Error {}

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      id: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1)
    throw new UsageError(positionals.length === 0 ? "give the report's text file" : "give one text file");
  if (!values.out) throw new UsageError("give --out <dir>, the draft content folder to write");
  const id = values.id ?? (slug(basename(positionals[0] as string, extname(positionals[0] as string))) || "draft");
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new UsageError(`--id ${id} must be a lowercase slug such as belarus-2009`);
  // Paths are relative to where the user ran pnpm, not to the folder pnpm runs the script in.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const input = resolve(cwd, positionals[0] as string);
  const out = resolve(cwd, values.out);
  const { bytes, text } = readInput(input);
  const { analysis: a, draft, files } = ingest(bytes, text, id);
  writeDraft(out, files, values.force === true);
  // As the user would type it: relative to where they are, unless that climbs out of it.
  const rel = relative(cwd, out);
  const shown = rel === "" ? "." : rel.startsWith("..") ? out : rel;
  console.log(
    `ingest: wrote draft '${id}' to ${shown}/ (${count(a.structure.sentences.length, "sentence")}; ${count(a.dates.length, "date")}, ${count(a.quantities.length, "quantity", "quantities")}, ${count(new Set(a.actors.map((m) => m.id)).size, "actor")}, ${count(draft.events.length, "event")}, ${count(a.defects.length, "defect")}; review ${shown}/REVIEW.md)`,
  );
  console.log(`next: pnpm build:data --content ${shown} --out ${shown}-data`);
} catch (error) {
  const usage =
    error instanceof UsageError ||
    (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
  if (usage || (error instanceof IngestError && error.withUsage)) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
    process.exit(1);
  }
  // An unexpected failure is still one line; INGEST_DEBUG=1 shows the stack for a bug report.
  console.error(`ingest: internal error: ${(error as Error).message} (rerun with INGEST_DEBUG=1 for details)`);
  if (process.env.INGEST_DEBUG) console.error(error);
  process.exit(1);
}
