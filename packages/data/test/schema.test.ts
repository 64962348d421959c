import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { jsonSchema } from "../scripts/lib/build.ts";
import { type Entity, type EntitySchema, parseReport, type ReportDocument, ReportParseError } from "../src/schema.ts";
import { committedReport, packageRoot } from "./helpers.ts";

const valid = () => structuredClone(committedReport()) as ReportDocument;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateJson = ajv.compile(JSON.parse(readFileSync(join(packageRoot, "data/schema.json"), "utf8")));

/** Each breaks a valid document in one way; `shape` ones are visible to a plain JSON Schema too. */
const MUTATIONS: { name: string; shape: boolean; path: RegExp; apply: (d: ReportDocument) => void }[] = [
  {
    name: "wrong type",
    shape: true,
    path: /entities\[0\]\.name/,
    apply: (d) => void Object.assign(d.entities[0] as object, { name: 42 }),
  },
  {
    name: "missing field",
    shape: true,
    path: /entities\[1\]\.kind/,
    apply: (d) => void delete (d.entities[1] as Partial<Entity>).kind,
  },
  {
    name: "unknown kind",
    shape: true,
    path: /entities\[2\]\.kind/,
    apply: (d) => void Object.assign(d.entities[2] as object, { kind: "spaceship" }),
  },
  {
    name: "malformed EDTF",
    shape: true,
    path: /dates\[0\]\.edtf/,
    apply: (d) => {
      const e = d.entities.find((x) => x.dates.length > 0) as Entity;
      (e.dates[0] as { edtf: string }).edtf = "December 2009";
    },
  },
  {
    name: "negative quantity",
    shape: true,
    path: /quantities\[0\]/,
    apply: (d) => {
      const e = d.entities.find((x) => x.quantities.length > 0) as Entity;
      Object.assign(e.quantities[0] as object, { value: -1, min: -1 });
    },
  },
  {
    name: "unknown field",
    shape: true,
    path: /entities\[0\]/,
    apply: (d) => void Object.assign(d.entities[0] as object, { colour: "red" }),
  },
  {
    name: "quote that is not its slice",
    shape: false,
    path: /entities\[0\]\.evidence\[0\]\.quote/,
    apply: (d) => {
      const ev = d.entities[0]?.evidence[0];
      if (ev) ev.quote = `${ev.quote}!`;
    },
  },
  {
    name: "dangling reference",
    shape: false,
    path: /relations\[0\]\.target/,
    apply: (d) => void Object.assign(d.relations[0] as object, { target: "nobody" }),
  },
  {
    name: "duplicate id",
    shape: false,
    path: /entities\[1\]\.id/,
    apply: (d) => void Object.assign(d.entities[1] as object, { id: d.entities[0]?.id }),
  },
  {
    name: "event type outside the vocabulary",
    shape: true,
    path: /events\[0\]\.type/,
    apply: (d) => void Object.assign(d.events[0] as object, { type: "tries" }),
  },
  {
    name: "control character in a name",
    shape: false,
    path: /entities\[3\]\.name/,
    apply: (d) => void Object.assign(d.entities[3] as object, { name: "Hidden\u001b[8m text" }),
  },
  {
    name: "sanction history out of order",
    shape: false,
    path: /sanctions\[1\]\.history\[1\]/,
    apply: (d) => d.sanctions[1]?.history.reverse(),
  },
  {
    name: "sanction status that is not its last change",
    shape: false,
    path: /sanctions\[1\]\.status/,
    apply: (d) => void Object.assign(d.sanctions[1] as object, { status: "lifted" }),
  },
  {
    name: "orphan entity",
    shape: false,
    path: /entities\[\d+\]/,
    apply: (d) => void d.entities.push({ ...(d.entities.find((e) => e.id === "minsk") as Entity), id: "minsk-2" }),
  },
];

describe("parseReport", () => {
  it("accepts the published data", () => {
    const doc = parseReport(committedReport());
    expect(doc.entities.length).toBeGreaterThan(50);
    expectTypeOf(doc).toEqualTypeOf<ReportDocument>();
    expectTypeOf<Entity>().toEqualTypeOf<import("zod").infer<typeof EntitySchema>>();
  });

  for (const m of MUTATIONS) {
    it(`rejects a document with a ${m.name}, naming the path`, () => {
      const d = valid();
      m.apply(d);
      expect(() => parseReport(d)).toThrow(ReportParseError);
      try {
        parseReport(d);
      } catch (error) {
        expect((error as Error).message).toMatch(m.path);
      }
    });
  }

  it("round-trips a valid document through JSON, whatever the key order and spacing", () => {
    const base = valid();
    const shuffle = (v: unknown, seed: number): unknown => {
      if (Array.isArray(v)) return v.map((x) => shuffle(x, seed));
      if (!v || typeof v !== "object") return v;
      const entries = Object.entries(v).map(([k, x]) => [k, shuffle(x, seed)] as const);
      return Object.fromEntries(seed % 2 ? entries.reverse() : entries.sort(() => 0));
    };
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 4 }), (seed, indent) => {
        const text = JSON.stringify(shuffle(base, seed), null, indent);
        expect(parseReport(JSON.parse(text))).toEqual(base);
      }),
      { numRuns: 1000 },
    );
  });

  it("throws only ReportParseError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseReport(input);
          return false;
        } catch (error) {
          return error instanceof ReportParseError;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never accepts a mutated invalid document, and names the path", () => {
    const base = valid();
    const breakers: ((e: Entity, d: ReportDocument) => void)[] = [
      (e) => Object.assign(e, { name: 1 }),
      (e) => Object.assign(e, { kind: "unknown-kind" }),
      (e) => Object.assign(e, { evidence: [] }),
      (e) => Object.assign(e.evidence[0] as object, { start: (e.evidence[0]?.start ?? 0) + 1 }),
      (e) => Object.assign(e.evidence[0] as object, { paragraphId: "p99" }),
      (e) => Object.assign(e, { id: "Not A Slug" }),
      (e, d) => Object.assign(e, { id: d.entities.find((x) => x !== e)?.id }),
      (e) => Object.assign(e, { dates: [{ edtf: "2009-13", role: "occurred", evidence: e.evidence[0] }] }),
      (e) => Object.assign(e, { dates: [{ edtf: "2009", role: "happened", evidence: e.evidence[0] }] }),
      (e) => Object.assign(e, { status: { word: "lifted", evidence: e.evidence[0] } }),
      (e) => Object.assign(e, { name: `${e.name}\u0085` }),
    ];
    fc.assert(
      fc.property(fc.nat({ max: base.entities.length - 1 }), fc.nat({ max: breakers.length - 1 }), (i, b) => {
        const d = structuredClone(base);
        (breakers[b] as (e: Entity, d: ReportDocument) => void)(d.entities[i] as Entity, d);
        const error = (() => {
          try {
            parseReport(d);
          } catch (e) {
            return e;
          }
        })();
        expect(error).toBeInstanceOf(ReportParseError);
        const issues = (error as ReportParseError).issues;
        expect(issues.length).toBeGreaterThan(0);
        expect(issues.every((issue) => issue.path.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the JSON Schema", () => {
  it("is generated from zod and committed without drift", () => {
    expect(readFileSync(join(packageRoot, "data/schema.json"), "utf8")).toBe(jsonSchema());
  });

  it("agrees with zod: ajv accepts the data", () => {
    expect(validateJson(committedReport()), ajv.errorsText(validateJson.errors)).toBe(true);
  });

  for (const m of MUTATIONS) {
    it(`agrees with zod on a ${m.name}: ${m.shape ? "both reject" : "zod's integrity check rejects"}`, () => {
      const d = valid();
      m.apply(d);
      expect(() => parseReport(d)).toThrow();
      if (m.shape) expect(validateJson(d)).toBe(false);
    });
  }
});
