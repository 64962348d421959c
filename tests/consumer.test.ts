import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// Installs the packed @report/data tarball with npm into a project outside the workspace, as a user would.
const dataPackage = join(dirname(fileURLToPath(import.meta.url)), "../packages/data");
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin/tsc");
let project = "";

const run = (file: string, args: string[]) =>
  execFileSync(file, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), "report-pack-"));
  execFileSync("pnpm", ["pack", "--pack-destination", packDir], { cwd: dataPackage, stdio: "pipe" });
  const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack wrote no tarball");
  project = mkdtempSync(join(tmpdir(), "report-consumer-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(packDir, tarball)]);
}, 180_000);

describe("a project that installs @report/data from its tarball", () => {
  it("can import it (ESM)", () => {
    const out = run(process.execPath, [
      "--input-type=module",
      "-e",
      `import { report, entities, relations, getEntity } from "@report/data";
       import { parseReport } from "@report/data/schema";
       console.log(JSON.stringify({ id: report.id, n: entities.length, r: relations.length,
         embassy: getEntity("embassy-minsk")?.name, valid: parseReport(report).id }));`,
    ]);
    expect(JSON.parse(out)).toMatchObject({
      id: "afdr-2010-belarus",
      embassy: "Embassy Minsk",
      valid: "afdr-2010-belarus",
    });
    expect(JSON.parse(out).n).toBeGreaterThan(50);
  });

  it("can require it (CJS), including the JSON files", () => {
    const out = run(process.execPath, [
      "-e",
      `const { report, getEntity } = require("@report/data");
       const { parseReport } = require("@report/data/schema");
       const json = require("@report/data/report.json");
       const pkg = require("@report/data/datapackage.json");
       console.log(JSON.stringify({ same: parseReport(json).id === report.id, name: getEntity("belneftekhim")?.name, resources: pkg.resources.length }));`,
    ]);
    expect(JSON.parse(out)).toMatchObject({ same: true, name: "Belneftekhim" });
    expect(JSON.parse(out).resources).toBeGreaterThan(5);
  });

  it("answers the three questions with the 1.0 functions, imported (ESM) and required (CJS)", () => {
    const script = (load: string) => `${load}
       const belneftekhim = sanctions().find((s) => s.status === "suspended");
       const embassy = restrictions().find((r) => r.targets.includes("embassy-minsk"));
       console.log(JSON.stringify({
         chain: belneftekhim?.history.map((h) => h.date?.edtf ?? "after " + h.after?.id + " (" + h.after?.date?.edtf + ")"),
         words: belneftekhim?.history.map((h) => h.statusWord),
         condition: belneftekhim?.conditions[0]?.evidence.quote,
         embassy: [embassy?.limit?.type === "count" ? embassy.limit.value : null, embassy?.date?.edtf],
         areas: strategy()?.priorityAreas.map((a) => a.subGoals.length),
         meetings: events({ type: "meet", from: "2009", to: "2009" }).map((e) => e.date?.edtf),
         first: timeline()[0]?.id,
         cameo: vocabulary.eventTypes.meet.cameo.code,
       }));`;
    const expected = {
      chain: ["{2007,2008}", "{2007,2008}", "after release-of-the-last-political-prisoners (2008)", "2009-11"],
      words: ["increased", "imposed", "suspended", "extended"],
      condition: "further action on sanctions depend on additional positive human rights steps taken by the government",
      embassy: [5, "2008-05/.."],
      areas: [6, 2, 2],
      meetings: ["2009-06", "2009-08"],
      first: "existing-sanctions-increased",
      cameo: "040",
    };
    const names = "sanctions, restrictions, strategy, events, timeline, vocabulary";
    const esm = run(process.execPath, [
      "--input-type=module",
      "-e",
      script(`import { ${names} } from "@report/data";`),
    ]);
    const cjs = run(process.execPath, ["-e", script(`const { ${names} } = require("@report/data");`)]);
    expect(JSON.parse(esm)).toEqual(expected);
    expect(JSON.parse(cjs)).toEqual(expected);
  });

  it("ships the FollowTheMoney lines, the migration map and the related tables", () => {
    const out = run(process.execPath, [
      "-e",
      `const fs = require("node:fs");
       const lines = fs.readFileSync(require.resolve("@report/data/entities.ftm.json"), "utf8").trim().split("\\n").map(JSON.parse);
       const map = require("@report/data/migrations/0.1-to-1.0.json");
       const csv = fs.readFileSync(require.resolve("@report/data/csv/sanction-history.csv"), "utf8");
       console.log(JSON.stringify({ ftm: lines.length, schemas: [...new Set(lines.map((l) => l.schema))].sort().slice(0, 3), renamed: map.ids["suspension-of-sanctions"].id, rows: csv.trim().split("\\n").length }));`,
    ]);
    expect(JSON.parse(out)).toMatchObject({
      schemas: ["Address", "Article", "Company"],
      renamed: "sanctions-suspended",
      rows: 5,
    });
    expect(JSON.parse(out).ftm).toBeGreaterThan(50);
  });

  it("type-checks a consumer file against its declarations", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      `import { type Entity, type Event, type Relation, type SanctionStatus, type SanctionView, type TimelineItem, report, getEntity, relationsOf, datePrecision, sanctions, restrictions, strategy, events, timeline } from "@report/data";
import { parseReport, EntitySchema, type ReportDocument } from "@report/data/schema";
const doc: ReportDocument = parseReport(report);
const e: Entity | undefined = getEntity("embassy-minsk");
const both: { outgoing: Relation[]; incoming: Relation[] } = relationsOf("belneftekhim");
const p: "year" | "month" | "day" | "interval" | "open-interval" | "set" = datePrecision(e?.dates[0]?.edtf ?? "2009");
const parsed: Entity = EntitySchema.parse(doc.entities[0]);
const chain: SanctionView[] = sanctions();
const status: SanctionStatus | undefined = chain[0]?.status;
const first = restrictions()[0]?.limit;
const limit: number | undefined = first?.type === "count" ? first.value : undefined;
const areas: string[] | undefined = strategy()?.priorityAreas.map((a) => a.subGoals.map((g) => g.name).join("; "));
const meetings: Event[] = events({ type: "meet", from: "2009" });
const items: TimelineItem[] = timeline();
// @ts-expect-error not an event type of the vocabulary
events({ type: "tries" });
// @ts-expect-error entities have no 'title'
console.log(doc.id, both.incoming.length, p, parsed.title, status, limit, areas, meetings, items);
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["consumer.ts"],
      }),
    );
    expect(() => run(process.execPath, [tsc, "-p", "."])).not.toThrow();
  });
});
