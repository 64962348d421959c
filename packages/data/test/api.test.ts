import { describe, expect, expectTypeOf, it } from "vitest";
import {
  datePrecision,
  type Entity,
  entities,
  getEntity,
  type Relation,
  relations,
  relationsOf,
  report,
} from "../src/index.ts";

describe("the package API", () => {
  it("exports the report, entities and relations as typed arrays with evidence", () => {
    expect(report.id).toBe("afdr-2010-belarus");
    expect(report.dataVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(entities.every((e) => e.id && e.evidence.length > 0)).toBe(true);
    expect(relations.every((r) => r.id && r.evidence.length > 0)).toBe(true);
    expectTypeOf(entities).toEqualTypeOf<Entity[]>();
    expectTypeOf(relations).toEqualTypeOf<Relation[]>();
  });

  it("finds Embassy Minsk, limited to five diplomats since May 2008", () => {
    const embassy = getEntity("embassy-minsk");
    expect(embassy?.name).toBe("Embassy Minsk");
    expect(embassy?.dates).toContainEqual(expect.objectContaining({ edtf: "2008-05/.." }));
    expect(embassy?.quantities).toContainEqual(expect.objectContaining({ type: "count", value: 5 }));
    expect(getEntity("no-such-thing")).toBeUndefined();
  });

  it("answers relations from both ends", () => {
    const { outgoing, incoming } = relationsOf("belneftekhim");
    expect(outgoing.length + incoming.length).toBeGreaterThan(0);
    for (const r of incoming) expect(r.target).toBe("belneftekhim");
    for (const r of outgoing) expect(r.source).toBe("belneftekhim");
  });

  it("records the Belneftekhim subsidiary sanctions as suspended, and the suspension as extended in November 2009", () => {
    const all = [...entities, ...relations];
    expect(all.some((x) => x.status?.word === "suspended")).toBe(true);
    expect(entities.some((e) => e.status?.word === "extended" && e.dates.some((d) => d.edtf === "2009-11"))).toBe(true);
  });

  it("tells date precision from EDTF without inventing days", () => {
    expect(datePrecision("2009")).toBe("year");
    expect(datePrecision("2009-12")).toBe("month");
    expect(datePrecision("2007/2008")).toBe("interval");
    expect(datePrecision("2008-05/..")).toBe("open-interval");
    const dates = [...entities, ...relations].flatMap((x) => x.dates.map((d) => d.edtf));
    expect(dates.filter((d) => /\d{4}-\d{2}-\d{2}/.test(d))).toEqual([]);
  });
});
