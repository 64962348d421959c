import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import {
  type ContentEntity,
  ContentEntityFileSchema,
  type ContentRelation,
  ContentRelationFileSchema,
  type ContentReport,
  ContentReportSchema,
} from "../../src/schemas/content.ts";
import { formatPath, type Problem } from "./problems.ts";

export interface Located<T> {
  file: string;
  item: T;
}

export interface Content {
  report: ContentReport;
  entities: Located<ContentEntity>[];
  relations: Located<ContentRelation>[];
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `give a value of type ${issue.expected}`;
    case "invalid_value":
      return `use one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `remove or rename ${issue.keys.join(", ")}`;
    case "invalid_format":
    case "invalid_string" as never:
      return "match the format described in the message";
    case "too_small":
      return "add at least the minimum number of items or characters";
    case "too_big":
      return "shorten it";
    case "invalid_union":
      return "match one of the allowed shapes (check `type` or `basis`)";
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

function readYaml(path: string, file: string, problems: Problem[]): unknown {
  if (!existsSync(path)) {
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
      message: (error as Error).message.split("\n")[0] ?? "invalid YAML",
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

/** Reads and validates every content file; collects problems instead of stopping at the first. */
export function loadContent(packageRoot: string, problems: Problem[]): Content | undefined {
  const dir = join(packageRoot, "content");
  const rel = (p: string) => relative(packageRoot, p);
  const reportPath = join(dir, "report.yaml");
  const report = validate(
    ContentReportSchema,
    readYaml(reportPath, rel(reportPath), problems),
    rel(reportPath),
    problems,
  );

  const entities: Located<ContentEntity>[] = [];
  const entityDir = join(dir, "entities");
  for (const name of readdirSync(entityDir)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    const path = join(entityDir, name);
    const items = validate(ContentEntityFileSchema, readYaml(path, rel(path), problems), rel(path), problems);
    for (const item of items ?? []) entities.push({ file: rel(path), item });
  }

  const relationsPath = join(dir, "relations.yaml");
  const relItems = validate(
    ContentRelationFileSchema,
    readYaml(relationsPath, rel(relationsPath), problems),
    rel(relationsPath),
    problems,
  );
  const relations = (relItems ?? []).map((item) => ({ file: rel(relationsPath), item }));
  if (!report) return undefined;
  return { report, entities, relations };
}
