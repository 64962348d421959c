import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { ReportDocument } from "../../src/schemas/report.ts";
import { recordIds } from "./id-lock.ts";
import type { Problem } from "./problems.ts";

/** `migrations/<from>-to-<to>.json`: every old id mapped to its new id, or to null with the reason it went. */
export const MigrationSchema = z.strictObject({
  from: z.string().regex(/^\d+\.\d+\.\d+$/),
  to: z.string().regex(/^\d+\.\d+\.\d+$/),
  ids: z.record(
    z.string(),
    z.union([z.strictObject({ id: z.string().min(1) }), z.strictObject({ id: z.null(), reason: z.string().min(1) })]),
  ),
});
export type Migration = z.infer<typeof MigrationSchema>;

const major = (v: string) => v.split(".")[0];

/** Each migration file is well formed, and one that leads to this major version only points at ids that exist. */
export function migrationProblems(root: string, doc: ReportDocument): Problem[] {
  const dir = join(root, "migrations");
  if (!existsSync(dir)) return [];
  const ids = new Set(recordIds(doc));
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const file = `migrations/${name}`;
    const parsed = MigrationSchema.safeParse(JSON.parse(readFileSync(join(dir, name), "utf8")));
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        problems.push({
          code: "schema",
          file,
          id: String(i.path[1] ?? ""),
          path: i.path.join("."),
          message: i.message,
          hint: "map each old id to { id } or { id: null, reason }",
        });
      continue;
    }
    if (major(parsed.data.to) !== major(doc.dataVersion)) continue;
    for (const [old, to] of Object.entries(parsed.data.ids))
      if (to.id !== null && !ids.has(to.id))
        problems.push({
          code: "dangling-reference",
          file,
          id: old,
          path: "id",
          message: `maps to '${to.id}', which no record has`,
          hint: "point it at the id of the record that replaced it, or set id to null and give the reason",
        });
  }
  return problems;
}
