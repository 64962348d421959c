import { resolveQuote, segment } from "@report/data/text";
import { describe, expect, it } from "vitest";
import { QuoteMaker } from "../src/selector.ts";
import { findCues, VERB_TABLE } from "../src/verbs.ts";

// Fixture text written for this test.
const text = "Bureau of Fixtures\n\nThe U.S. met the EU. The U.S. met the EU again.\n\nThe U.S. met the EU.";
const structure = segment(text);
const quotes = new QuoteMaker(text);

describe("QuoteMaker", () => {
  it("gives a bare quote when the words occur once, and the least context that picks one place otherwise", () => {
    expect(quotes.quote(text.indexOf("again"), text.indexOf("again") + 5)).toEqual({ exact: "again" });
    const second = text.indexOf("The U.S. met the EU again");
    expect(quotes.quote(second, second + 19)).toEqual({ exact: "The U.S. met the EU", prefix: "EU. " });
    const third = text.lastIndexOf("The U.S. met the EU.");
    const q = quotes.quote(third, third + 19);
    expect(q).toEqual({ exact: "The U.S. met the EU", prefix: "again.\n\n" });
    expect(q && resolveQuote(text, structure, q)).toMatchObject({
      ok: true,
      evidence: { start: third, paragraphId: "p1" },
    });
  });

  it("gives up, rather than point at the wrong words, when no context within reach is unique", () => {
    const twice = `Bureau\n\n${"Same words here. ".repeat(30)}\n\n${"Same words here. ".repeat(30)}`;
    const at = twice.indexOf("Same");
    expect(new QuoteMaker(twice).quote(at + 17 * 15, at + 17 * 15 + 10)).toBeUndefined();
  });
});

describe("the verb table", () => {
  it("finds every form of every row, with its object where the row needs one", () => {
    for (const row of VERB_TABLE)
      for (const aspect of ["completed", "ongoing"] as const)
        for (const form of row[aspect]) {
          const object = {
            "stop-aid": "assistance",
            "impose-sanctions": "sanctions",
            "provide-humanitarian-aid": "humanitarian aid",
          };
          const sentence = `The United States ${form} ${object[row.type as keyof typeof object] ?? "the ministry"} today.`;
          const types = findCues(sentence, 0, sentence.length).map((c) => c.row.type);
          expect(types, `${row.type}: ${form}`).toContain(row.type);
        }
  });

  it("types 'suspended' by its object: aid (162) or sanctions (085)", () => {
    const of = (s: string) => findCues(s, 0, s.length).map((c) => c.row.type);
    expect(of("The United States suspended assistance to the ministry.")).toEqual(["stop-aid"]);
    expect(of("The United States suspended sanctions against two companies.")).toEqual(["ease-sanctions"]);
    expect(of("The suspension was extended in November.")).toEqual(["ease-sanctions"]);
    expect(of("The program is foreign-funded.")).toEqual([]);
  });
});
