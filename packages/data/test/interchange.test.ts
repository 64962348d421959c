import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultModel, Model } from "@alephdata/followthemoney";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS } from "../src/vocabulary.ts";
import { committedReport, packageRoot, readData } from "./helpers.ts";

interface Line {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}
const model = new Model(defaultModel);
const lines = readData("entities.ftm.json")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Line);
const byId = new Map(lines.map((l) => [l.id, l]));

describe("the FollowTheMoney export (@report/data/entities.ftm.json)", () => {
  it("loads every line with the FtM model: known schema, every property defined on it", () => {
    for (const line of lines) expect(() => model.getEntity(line), line.id).not.toThrow();
  });

  it("fills the properties each schema requires, with values of the property's type", () => {
    for (const line of lines) {
      const schema = model.getSchema(line.schema);
      for (const required of schema.required) expect(line.properties[required], `${line.id}.${required}`).toBeDefined();
      for (const [name, values] of Object.entries(line.properties)) {
        const property = schema.getProperty(name);
        expect(values.length, `${line.id}.${name}`).toBeGreaterThan(0);
        for (const value of values) {
          if (property.type.name === "country") expect(value, `${line.id}.${name}`).toMatch(/^[a-z]{2}$/);
          if (property.type.name === "date") expect(value, `${line.id}.${name}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          if (property.type.name === "entity") {
            const target = byId.get(value);
            expect(target, `${line.id}.${name} -> ${value}`).toBeDefined();
            if (property.hasRange)
              expect(model.getSchema(target?.schema ?? "Thing").isA(property.getRange()), `${line.id}.${name}`).toBe(
                true,
              );
          }
        }
      }
    }
  });

  it("exports every entity whose kind has an FtM schema, and no country as an entity", () => {
    const doc = committedReport() as { entities: { id: string; kind: keyof typeof ENTITY_KINDS }[] };
    for (const e of doc.entities) {
      const schema = ENTITY_KINDS[e.kind].ftm;
      if (schema === null) expect(byId.has(e.id), e.id).toBe(false);
      else expect(byId.get(e.id)?.schema, e.id).toBe(schema);
    }
    expect(byId.get("embassy-minsk")?.properties.jurisdiction).toEqual(["us"]);
  });

  it("carries the sanctions with their printed status and the events with their CAMEO codes", () => {
    const sanction = byId.get("sanctions-against-belneftekhim-subsidiaries--belneftekhim-subsidiaries");
    expect(sanction?.schema).toBe("Sanction");
    expect(sanction?.properties).toMatchObject({
      entity: ["belneftekhim-subsidiaries"],
      authority: ["United States"],
      status: ["suspended"],
    });
    expect(byId.get("existing-sanctions-increased")?.properties).toMatchObject({
      description: ["CAMEO 163: Impose embargo, boycott, or sanctions"],
      date: ["2007", "2008"],
    });
    expect(byId.get("helsinki-commission-delegation-meeting")?.properties).toMatchObject({
      date: ["2009-06"],
      location: ["Minsk"],
      country: ["by"],
    });
  });
});

describe("the Frictionless Data Package (@report/data/datapackage.json)", () => {
  it("validates with the Frictionless library, licence other-pd", async () => {
    const pkg = await Package.load(join(packageRoot, "data/datapackage.json"));
    expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.licenses[0]?.name).toBe("other-pd");
  });

  it("keeps every foreign key: each table reads with its relations checked", async () => {
    const pkg = await Package.load(join(packageRoot, "data/datapackage.json"));
    const tabular = pkg.resources.filter((r: { tabular: boolean }) => r.tabular);
    expect(tabular.map((r: { name: string }) => r.name)).toEqual([
      "entities",
      "events",
      "event-actors",
      "sanctions",
      "sanction-targets",
      "sanction-history",
      "restrictions",
      "restriction-targets",
      "strategies",
      "goals",
      "relations",
    ]);
    for (const resource of tabular)
      await expect(resource.read({ relations: true }), resource.name).resolves.toBeDefined();
    const keys = tabular.flatMap(
      (r: { descriptor: { schema: { foreignKeys?: unknown[] } } }) => r.descriptor.schema.foreignKeys ?? [],
    );
    expect(keys.length).toBeGreaterThanOrEqual(15);
  });

  it("keeps what the JSON marks as implied, one value per cell where a tool would filter", async () => {
    const pkg = await Package.load(join(packageRoot, "data/datapackage.json"));
    const actors = (await pkg.getResource("event-actors").read({ keyed: true })) as unknown as Record<
      string,
      unknown
    >[];
    expect(actors.filter((r) => r.implied === true).map((r) => `${r.event_id} ${r.role} ${r.entity_id}`)).toEqual([
      "monitoring-and-speaking-out-on-abuses target government-of-belarus",
      "politically-motivated-trials agent government-of-belarus",
      "release-of-the-last-political-prisoners agent government-of-belarus",
      "suspension-extended agent united-states",
      "suspension-extended target belneftekhim-subsidiaries",
    ]);
    const limits = (await pkg.getResource("restrictions").read({ keyed: true })) as unknown as Record<
      string,
      unknown
    >[];
    expect(limits.find((r) => r.id === "embassy-minsk-staff-limit")).toMatchObject({
      limit_value: 5,
      limit_unit: "diplomat",
      date_edtf: "2008-05/..",
      date_role: "in-force-from",
    });
    expect(byId.get("politically-motivated-trials")?.properties.notes).toEqual([
      "Read from the sentence, not stated by its words: agents.",
    ]);
  });

  it("fails the check when a value is outside its vocabulary", async () => {
    const dir = mkdtempSync(join(tmpdir(), "datapackage-"));
    cpSync(join(packageRoot, "data"), dir, { recursive: true });
    writeFileSync(
      join(dir, "csv/sanction-history.csv"),
      "sanction_id,position,event_id,status,status_word\nsanctions-on-the-regime,1,existing-sanctions-increased,lifted-ish,increased\n",
    );
    const pkg = await Package.load(join(dir, "datapackage.json"));
    await expect(pkg.getResource("sanction-history").read()).rejects.toThrow();
  });

  it("fails the check when a foreign key points nowhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "datapackage-"));
    cpSync(join(packageRoot, "data"), dir, { recursive: true });
    writeFileSync(
      join(dir, "csv/event-actors.csv"),
      "event_id,entity_id,role,implied\ncoordinated-press-statements,nobody,agent,false\n",
    );
    const pkg = await Package.load(join(dir, "datapackage.json"));
    await expect(pkg.getResource("event-actors").read({ relations: true })).rejects.toThrow(
      /Foreign key "entity_id" violation/,
    );
  });
});
