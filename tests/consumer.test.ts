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

  it("type-checks a consumer file against its declarations", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      `import { type Entity, type Relation, report, getEntity, relationsOf, datePrecision } from "@report/data";
import { parseReport, EntitySchema, type ReportDocument } from "@report/data/schema";
const doc: ReportDocument = parseReport(report);
const e: Entity | undefined = getEntity("embassy-minsk");
const both: { outgoing: Relation[]; incoming: Relation[] } = relationsOf("belneftekhim");
const p: "year" | "month" | "day" | "interval" | "open-interval" | "set" = datePrecision(e?.dates[0]?.edtf ?? "2009");
const parsed: Entity = EntitySchema.parse(doc.entities[0]);
// @ts-expect-error entities have no 'title'
console.log(doc.id, both.incoming.length, p, parsed.title);
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
