import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import {
  countWords,
  ENTITY_KIND_LIST,
  evidenceLabel,
  isEntityKind,
  kindLabel,
  listParts,
  listWords,
  METADATA_FIELDS,
  numberWords,
  paragraphLabel,
  passage,
  pluralOf,
  quantityWords,
  recordKindLabel,
  sentenceLabel,
} from "../src/index.ts";
import { must } from "./helpers.ts";

describe("quantities in words", () => {
  it("spells out small whole numbers and pluralizes the unit", () => {
    expect([0, 1, 5, 10, 16, 1000].map(numberWords)).toEqual(["zero", "one", "five", "ten", "16", "1,000"]);
    expect(["diplomat", "priority area", "subsidiary", "box", "church"].map(pluralOf)).toEqual([
      "diplomats",
      "priority areas",
      "subsidiaries",
      "boxes",
      "churches",
    ]);
    expect(countWords(1, "diplomat")).toBe("one diplomat");
  });

  it("says the report's quantities as a reader would", () => {
    const limit = report.restrictions.find((r) => r.id === "embassy-minsk-staff-limit")?.limit;
    const ages = report.entities.find((e) => e.id === "women-aged-16-to-35")?.quantities[0];
    const areas = report.strategies.find((s) => s.id === "us-assistance-strategy")?.quantities[0];
    const subsidiaries = report.entities.find((e) => e.id === "belneftekhim-subsidiaries")?.quantities[0];
    expect([limit, ages, areas, subsidiaries].map((q) => (q ? quantityWords(q) : ""))).toEqual([
      "five diplomats",
      "ages 16 to 35",
      "three priority areas",
      "two subsidiaries",
    ]);
    expect(
      quantityWords({
        type: "range",
        min: 16,
        max: 35,
        unit: "year",
        counts: "years of a program",
        evidence: must(ages).evidence,
      }),
    ).toBe("16 to 35 years");
  });

  it("joins names as English lists", () => {
    expect(listWords(["A"])).toBe("A");
    expect(listWords(["A", "B"])).toBe("A and B");
    expect(listWords(["A", "B", "C"])).toBe("A, B, and C");
    expect(listParts(["A", "B"])).toEqual([
      { type: "element", value: "A" },
      { type: "literal", value: " and " },
      { type: "element", value: "B" },
    ]);
  });
});

describe("labels", () => {
  it("names kinds and records for people", () => {
    expect(kindLabel("mission")).toBe("Diplomatic mission");
    expect(ENTITY_KIND_LIST).toContain("public-body");
    expect(isEntityKind("company")).toBe(true);
    expect(isEntityKind("sanction")).toBe(false);
    expect(isEntityKind("toString")).toBe(false);
    expect(
      ["belneftekhim", "assistant-secretary-meeting", "sanctions-on-the-regime", "travel-limits"].map((id) =>
        recordKindLabel(report, id),
      ),
    ).toEqual(["Company", "Meeting", "Sanction", "Restriction on freedoms"]);
    expect(
      [
        "us-assistance-strategy",
        "policy-of-promoting-democracy",
        "health",
        "openness",
        "expanding-the-informed-voter-base",
      ].map((id) => recordKindLabel(report, id)),
    ).toEqual(["Assistance strategy", "Policy", "Priority area", "Goal", "Sub-goal"]);
    expect(recordKindLabel(report, "nope")).toBeUndefined();
  });

  it("labels every metadata field once, in reading order", () => {
    expect(METADATA_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(report.metadata).sort());
    expect(METADATA_FIELDS.map((f) => f.label).slice(0, 3)).toEqual(["Title", "Series", "Bureau"]);
  });

  it("calls paragraphs and sentences by number, never by id", () => {
    const p = (id: string) => must(report.structure.paragraphs.find((x) => x.id === id));
    expect(["bureau", "intro", "p1", "p7"].map((id) => paragraphLabel(report, p(id)))).toEqual([
      "Issuing bureau",
      "Introduction",
      "Paragraph 1",
      "Paragraph 7",
    ]);
    const s = must(report.structure.sentences.find((x) => x.id === "p3-s2"));
    expect(sentenceLabel(report, s)).toBe("Paragraph 3, sentence 2");
    expect(passage(report, "intro-s2")?.label).toBe("Introduction, sentence 2");
    expect(passage(report, "p3")?.kind).toBe("paragraph");
    expect(passage(report, "nope")).toBeUndefined();
    const ev = must(report.entities.find((e) => e.id === "belneftekhim")?.evidence[0]);
    expect(evidenceLabel(report, ev)).toBe("Paragraph 7, sentence 2");
  });
});
