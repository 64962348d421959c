import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../scripts/lib/segment.ts";
import { packageRoot } from "./helpers.ts";

const text = readFileSync(join(packageRoot, "source/belarus-2010.txt"), "latin1");
const structure = segment(text);

describe("segment", () => {
  it("finds the bureau line, the intro, two parts and seven body paragraphs", () => {
    const roles = structure.paragraphs.map((p) => p.role);
    expect(roles.filter((r) => r === "bureau")).toHaveLength(1);
    expect(roles.filter((r) => r === "intro")).toHaveLength(1);
    expect(roles.filter((r) => r === "body")).toHaveLength(7);
    expect(structure.parts.map((p) => p.heading)).toEqual([
      "Part 1: U.S. Government's Democracy Objectives",
      "Part 2: Supporting Top Priorities and Other Aspects of Human Rights and Democratic Governance",
    ]);
    expect(structure.parts.map((p) => p.paragraphIds)).toEqual([
      ["p1", "p2"],
      ["p3", "p4", "p5", "p6", "p7"],
    ]);
  });

  it("gives every block offsets that slice back to its words", () => {
    const bureau = structure.paragraphs[0];
    expect(bureau && text.slice(bureau.start, bureau.end)).toBe("Bureau of Democracy, Human Rights, and Labor");
    for (const part of structure.parts) expect(text.slice(part.start, part.end)).toBe(part.heading);
    for (const p of structure.paragraphs) expect(text.slice(p.start, p.end)).not.toMatch(/^\s|\s$|\n\n/);
  });

  it("does not split sentences after 'U.S.'", () => {
    const p1 = structure.sentences.filter((s) => s.paragraphId === "p1").map((s) => text.slice(s.start, s.end));
    expect(p1).toHaveLength(5);
    expect(p1[2]).toBe(
      "Broadening knowledge of the outside world will contribute to key U.S. Government policy objectives to promote openness, discussion of alternative approaches on governance and economics, and domestic pressures for change.",
    );
  });

  it("keeps the intro's last sentence as printed, ending in 'Reports at'", () => {
    const intro = structure.sentences.filter((s) => s.paragraphId === "intro");
    const last = intro.at(-1);
    expect(last && text.slice(last.start, last.end)).toMatch(/Religious Freedom Reports at$/);
  });

  it("tiles every paragraph with its sentences", () => {
    for (const p of structure.paragraphs) {
      const sentences = p.sentenceIds.map((id) => structure.sentences.find((s) => s.id === id));
      expect(sentences[0]?.start).toBe(p.start);
      expect(sentences.at(-1)?.end).toBe(p.end);
    }
  });
});
