import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import type { Draft } from "./draft.ts";
import { IngestError } from "./errors.ts";
import { MANIFEST, manifest, whyNotReplaceable } from "./untouched.ts";

const HEADER =
  "# Draft made by `pnpm ingest`: candidates marked `draft: true` with a confidence. Confirm or\n# correct each (see REVIEW.md), then remove both marks.\n";
const EMPTY_FILES: Record<string, string> = {
  "sanctions.yaml": "# Sanctions with their history: ingest does not propose these; write them from the events.\n",
  "restrictions.yaml": "# Restrictions (who restricts whom, the limit, since when): ingest does not propose these.\n",
  "strategies.yaml": "# Policies and strategies with their goals and priority areas: ingest does not propose these.\n",
};

// No anchors (&a1): every value written out, as a curator would write it.
const yaml = (items: unknown) => stringify(items, { lineWidth: 0, aliasDuplicateObjects: false });

/** The files of a draft content folder, in the format of packages/data/content. */
export function draftFiles(draft: Draft, source: Uint8Array, review: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  files.set("report.yaml", `${HEADER}${yaml(draft.report)}`);
  for (const [kind, items] of draft.entities) files.set(`entities/${kind}.yaml`, `${HEADER}${yaml(items)}`);
  files.set("events.yaml", `${HEADER}${yaml(draft.events)}`);
  files.set(
    "relations.yaml",
    `# Lasting ties: each body, post and mission is part of its country (the build requires it); confirm each.\n${yaml(draft.relations)}`,
  );
  for (const [name, header] of Object.entries(EMPTY_FILES)) files.set(name, `${header}[]\n`);
  files.set("source.txt", source);
  files.set("REVIEW.md", review);
  files.set(MANIFEST, manifest(files));
  return files;
}

/**
 * Writes the folder whole or not at all: into a sibling staging folder first, then swapped in, so
 * a failure leaves nothing half written. An existing folder is never overwritten unless `force` is
 * set and it is an earlier draft exactly as ingest wrote it: a curator's work is not lost to a rerun.
 */
export function writeDraft(out: string, files: Map<string, string | Uint8Array>, force: boolean): void {
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new IngestError(`--out ${out} is a file; give a folder`);
    if (readdirSync(out).length > 0) {
      if (!force)
        throw new IngestError(`--out ${out} is not empty; give a new folder, or --force to replace an earlier draft`);
      const why = whyNotReplaceable(out);
      if (why)
        throw new IngestError(
          `--out ${out} cannot be replaced: ${why}. --force replaces only a draft exactly as ingest wrote it: to keep your work, write the new draft to another folder (--out ${out}-new) and carry your records over; to discard it, delete ${out} yourself first`,
          { withUsage: true },
        );
    }
  }
  const staging = `${out}.tmp-${process.pid}`;
  const previous = `${out}.old-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), content);
    }
    if (existsSync(out)) renameSync(out, previous);
    renameSync(staging, out);
    rmSync(previous, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
    throw new IngestError(`could not write ${out}: ${(error as Error).message}`);
  }
}
