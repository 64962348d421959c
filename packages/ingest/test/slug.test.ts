import { describe, expect, it } from "vitest";
import { IdAllocator, slug } from "../src/slug.ts";

describe("ids from printed names", () => {
  it("transliterate letters outside ASCII instead of dropping them", () => {
    expect(slug("Bak\u0131")).toBe("baki");
    expect(slug("Chi\u0219in\u0103u")).toBe("chisinau");
    expect(slug("Aida Hac\u0131zad\u0259")).toBe("aida-hacizada");
    expect(slug("\u0141\u00f3d\u017a Stra\u00dfe")).toBe("lodz-strasse");
  });

  it("keep a long name whole, and cut a longer one between words, never after a connector", () => {
    expect(slug("Assistant Secretary of State for Democracy, Human Rights, and Labor")).toBe(
      "assistant-secretary-of-state-for-democracy-human-rights-and-labor",
    );
    expect(
      slug("Office of the Special Representative for Lanterns, Kites and Paper Boats of the Northern Valleys"),
    ).toBe("office-of-the-special-representative-for-lanterns-kites-and-paper-boats");
    expect(slug("Lanterns and Kites", 12)).toBe("lanterns");
    expect(slug("Supercalifragilistic", 5)).toBe("supercalifragilistic");
  });

  it("hand out each id once", () => {
    const ids = new IdAllocator();
    expect([ids.take("Embassy B\u00fcl\u00fck", "x"), ids.take("Embassy Bueluek", "x"), ids.take("", "event")]).toEqual(
      ["embassy-bueluek", "embassy-bueluek-2", "event"],
    );
  });
});
