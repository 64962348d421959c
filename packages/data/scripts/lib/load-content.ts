import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { CONTENT_FILES, type ContentReport, ContentReportSchema } from "../../src/schemas/content.ts";
import type { RecordCollection } from "../../src/schemas/report.ts";
import { formatPath, type Problem } from "./problems.ts";

export interface Located<T> {
  file: string;
  item: T;
}
export type ContentRecords = { [K in RecordCollection]: Located<z.infer<(typeof CONTENT_FILES)[K]>[number]>[] };
export interface Content extends ContentRecords {
  report: ContentReport;
  /** Where report.yaml is, relative to the root, for messages. */
  reportFile: string;
}

const EDTF_HINT =
  'write the date in EDTF at the precision of the words: "July 2009" is "2009-07", "in 2007 and 2008" is "{2007,2008}", "since May 2008" is "2008-05/.."';

function hintFor(issue: z.core.$ZodIssue): string {
  const field = issue.path[issue.path.length - 1];
  if (field === "edtf") return issue.code === "invalid_type" ? `quote it (edtf: "2009"), and ${EDTF_HINT}` : EDTF_HINT;
  if ((field === "draft" || field === "confidence") && issue.code !== "unrecognized_keys")
    return "`draft: true` and `confidence` mark an unconfirmed candidate: once you confirm it, delete both lines";
  switch (issue.code) {
    case "invalid_type":
      return `give a value of type ${issue.expected}`;
    case "invalid_value":
      return `use one of: ${issue.values.map(String).join(", ")} (the vocabulary: vocabulary in @report/data, or packages/data/src/vocabulary.ts)`;
    case "unrecognized_keys":
      return `remove or rename ${issue.keys.join(", ")}`;
    case "invalid_format":
      return "match the format described in the message";
    case "too_small":
      return "add at least the minimum number of items or characters";
    case "too_big":
      return "shorten it";
    case "invalid_union":
      return "match one of the allowed shapes (check `kind`, `type` or `basis`)";
    default:
      return "see the schema in src/schemas";
  }
}

function idAt(data: unknown, path: readonly PropertyKey[]): string {
  if (!Array.isArray(data) || typeof path[0] !== "number") return "";
  const item = data[path[0]] as { id?: unknown; source?: unknown; type?: unknown; target?: unknown } | undefined;
  if (typeof item?.id === "string") return item.id;
  if (typeof item?.source === "string") return `${item.source}--${String(item.type)}--${String(item.target)}`;
  return `#${path[0]}`;
}

const MISSING = Symbol("missing");

function readYaml(path: string, file: string, problems: Problem[], required: boolean): unknown {
  if (!existsSync(path)) {
    if (!required) return [];
    problems.push({
      code: "file-missing",
      file,
      id: "",
      path: "",
      message: "the content file does not exist",
      hint: `create ${file} (see the package README for its shape)`,
    });
    return MISSING;
  }
  try {
    return parse(readFileSync(path, "utf8"), { prettyErrors: true });
  } catch (error) {
    problems.push({
      code: "yaml-syntax",
      file,
      id: "",
      path: "",
      // YAML's message names the line, then shows it: keep both, on one line.
      message:
        (error as Error).message
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean)
          .slice(0, 2)
          .join(" ") || "invalid YAML",
      hint: "fix the YAML syntax at the line shown",
    });
    return MISSING;
  }
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: Problem[],
): z.infer<S> | undefined {
  if (data === MISSING) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // Inside a list file the id names the item, so the path starts within it.
    const within = Array.isArray(data) && typeof issue.path[0] === "number" ? issue.path.slice(1) : issue.path;
    problems.push({
      code: "schema",
      file,
      id: idAt(data, issue.path),
      path: formatPath(within),
      message: issue.message,
      hint: hintFor(issue),
    });
  }
  return undefined;
}

/**
 * Reads and validates every content file of `contentDir`: `report.yaml`, `entities/*.yaml` and one
 * file per other record collection (`events.yaml` …; a missing one is empty). Collects problems
 * instead of stopping at the first; `root` makes file names relative for messages.
 */
export function loadContent(contentDir: string, root: string, problems: Problem[]): Content | undefined {
  const rel = (p: string) => relative(root, p);
  const load = <K extends RecordCollection>(key: K, path: string, required = false) => {
    const items = validate(CONTENT_FILES[key], readYaml(path, rel(path), problems, required), rel(path), problems);
    return ((items ?? []) as unknown[]).map((item) => ({ file: rel(path), item })) as ContentRecords[K];
  };
  const reportPath = join(contentDir, "report.yaml");
  const report = validate(
    ContentReportSchema,
    readYaml(reportPath, rel(reportPath), problems, true),
    rel(reportPath),
    problems,
  );
  const entityDir = join(contentDir, "entities");
  const entityFiles = existsSync(entityDir)
    ? readdirSync(entityDir)
        .filter((n) => n.endsWith(".yaml"))
        .sort()
    : [];
  const records: ContentRecords = {
    entities: entityFiles.flatMap((name) => load("entities", join(entityDir, name))),
    events: load("events", join(contentDir, "events.yaml")),
    sanctions: load("sanctions", join(contentDir, "sanctions.yaml")),
    restrictions: load("restrictions", join(contentDir, "restrictions.yaml")),
    strategies: load("strategies", join(contentDir, "strategies.yaml")),
    relations: load("relations", join(contentDir, "relations.yaml")),
  };
  if (!report) return undefined;
  return { report, reportFile: rel(reportPath), ...records };
}
