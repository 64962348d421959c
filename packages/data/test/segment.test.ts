import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../src/text.ts";
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

/** Fixture texts, written for these tests (not from any report). */
const fixture = (...blocks: string[]) => blocks.join("\n\n");
const sentencesOf = (t: string) => segment(t).sentences.map((s) => t.slice(s.start, s.end));

describe("segment: the series' other layouts (fixtures)", () => {
  it("keeps each heading form exactly as printed", () => {
    const t = fixture(
      "Bureau of Fixtures",
      "An intro.",
      "Part 1: Political and Human Rights Conditions",
      "One.",
      "Part 2",
      "Two.",
      "Part 3 - Other Matters",
      "Three.",
    );
    const s = segment(t);
    expect(s.parts.map((p) => [p.id, p.number, p.heading, p.paragraphIds])).toEqual([
      ["part-1", 1, "Part 1: Political and Human Rights Conditions", ["p1"]],
      ["part-2", 2, "Part 2", ["p2"]],
      ["part-3", 3, "Part 3 - Other Matters", ["p3"]],
    ]);
  });

  it("takes a heading that shares its block with the paragraph below it, and not prose that starts with 'Part'", () => {
    const t = fixture(
      "Bureau of Fixtures",
      "An intro.",
      "Part 1\nThe first paragraph.",
      "Part 2 of the plan was late.",
    );
    const s = segment(t);
    expect(s.parts.map((p) => p.heading)).toEqual(["Part 1"]);
    expect(s.paragraphs.map((p) => [p.id, p.partId, t.slice(p.start, p.end)])).toEqual([
      ["bureau", null, "Bureau of Fixtures"],
      ["intro", null, "An intro."],
      ["p1", "part-1", "The first paragraph."],
      ["p2", "part-1", "Part 2 of the plan was late."],
    ]);
  });

  it("does not split after abbreviations and initials, and splits after 'U.S.' only before a sentence opener", () => {
    const t = fixture(
      "Bureau of Fixtures",
      "The U.N. and the U.S. Government met, e.g. in Vienna. J. R. Fixture spoke for Mr. Sample. Aid came from the U.S. The EU agreed.",
    );
    expect(sentencesOf(t).slice(1)).toEqual([
      "The U.N. and the U.S. Government met, e.g. in Vienna.",
      "J. R. Fixture spoke for Mr. Sample.",
      "Aid came from the U.S.",
      "The EU agreed.",
    ]);
  });

  it("never splits inside a quotation", () => {
    const t = fixture(
      "Bureau of Fixtures",
      'The envoy said "We will stay. We will help." Then she left. He wrote \u201cNo. Never.\u201d It ended.',
    );
    expect(sentencesOf(t).slice(1)).toEqual([
      'The envoy said "We will stay. We will help."',
      "Then she left.",
      "He wrote \u201cNo. Never.\u201d",
      "It ended.",
    ]);
  });

  it("reads CRLF line ends and hard-wrapped lines, and skips a byte order mark", () => {
    const t =
      "\uFEFFBureau of Fixtures\r\n\r\nAn intro\r\nwrapped here. A second one.\r\n\r\nPart 1: Heading\r\n\r\nBody text.\r\n";
    const s = segment(t);
    expect(s.paragraphs.map((p) => [p.id, p.start, t.slice(p.start, p.end)])).toEqual([
      ["bureau", 1, "Bureau of Fixtures"],
      ["intro", 23, "An intro\r\nwrapped here. A second one."],
      ["p1", 83, "Body text."],
    ]);
    expect(s.parts[0]?.heading).toBe("Part 1: Heading");
    expect(sentencesOf(t)).toEqual(["Bureau of Fixtures", "An intro\r\nwrapped here.", "A second one.", "Body text."]);
  });

  it("rejects a text without a bureau line and an intro", () => {
    expect(() => segment("Just one block.")).toThrow(/bureau line, a blank line, then an intro/);
    expect(() => segment(fixture("Bureau", "Part 1: Too soon", "Body."))).toThrow(
      /intro paragraph before any part heading/,
    );
  });
});
