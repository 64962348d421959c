import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// Every page, rendered on the server from a document whose words are hostile: the data module is
// replaced by the real report with hostile text written into its source, names and values.
const HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>\u202Eevil\u202C zero\u200Bwidth';

vi.mock("@report/data", async (importOriginal) => {
  const real = await importOriginal<typeof import("@report/data")>();
  const doc = structuredClone(real.report);
  // Overwrite the start of a body sentence with hostile text of the same length, so every offset
  // still holds, then re-slice every quote from the new text.
  const s = doc.structure.sentences.find((x) => x.id === "p7-s2");
  if (!s) throw new Error("fixture needs p7-s2");
  const chars = [...doc.source.text];
  for (let i = 0; i < HOSTILE.length; i++) chars[s.start + i] = HOSTILE[i] ?? " ";
  doc.source.text = chars.join("");
  // Every piece of evidence anywhere in the document (records, dates, qualifiers, statuses) is re-sliced.
  const reslice = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(reslice);
    else if (node && typeof node === "object") {
      const ev = node as { start?: unknown; end?: unknown; quote?: unknown };
      if (typeof ev.quote === "string" && typeof ev.start === "number" && typeof ev.end === "number")
        ev.quote = doc.source.text.slice(ev.start, ev.end);
      Object.values(node).forEach(reslice);
    }
  };
  const { source: _source, structure: _structure, ...records } = doc;
  reslice(records);
  for (const e of doc.entities) {
    e.name = `${e.name} ${HOSTILE}`;
    e.aliases = [HOSTILE];
    for (const p of e.properties) p.value = HOSTILE;
  }
  for (const s of doc.sanctions) s.name = `${s.name} ${HOSTILE}`;
  doc.metadata.title = { value: HOSTILE, basis: "external", source: HOSTILE };
  const index = real.indexReport(doc);
  return { ...real, report: doc, entities: doc.entities, relations: doc.relations, ...index };
});

/** Route, page module, props, and whether the page shows entity names or report text. */
const PAGES: [string, () => Promise<{ default: (props: never) => unknown }>, unknown, boolean][] = [
  ["/", () => import("../app/(default)/page.tsx"), {}, true],
  ["/read", () => import("../app/(default)/read/page.tsx"), {}, true],
  ["/entities", () => import("../app/(default)/entities/page.tsx"), {}, true],
  [
    "/entities/belneftekhim",
    () => import("../app/(default)/entities/[id]/page.tsx"),
    { params: Promise.resolve({ id: "belneftekhim" }) },
    true,
  ],
  ["/timeline", () => import("../app/(default)/timeline/page.tsx"), {}, true],
  ["/read/mentions", () => import("../app/(default)/read/mentions/page.tsx"), {}, true],
  ["/events", () => import("../app/(default)/events/page.tsx"), {}, true],
  [
    "/events?type=meet&year=2009",
    () => import("../app/(default)/events/filter/[type]/[actor]/[year]/page.tsx"),
    { params: Promise.resolve({ type: "meet", actor: "all", year: "2009" }) },
    true,
  ],
  ["/sanctions", () => import("../app/(default)/sanctions/page.tsx"), {}, true],
  ["/strategy", () => import("../app/(default)/strategy/page.tsx"), {}, true],
  ["/about", () => import("../app/(default)/about/page.tsx"), {}, false],
  ["/data", () => import("../app/(default)/data/page.tsx"), {}, false],
  [
    "/cite/p7-s2",
    () => import("../app/(default)/cite/[id]/page.tsx"),
    { params: Promise.resolve({ id: "p7-s2" }) },
    true,
  ],
  [
    "/search?q=alert",
    () => import("../app/(default)/search/page.tsx"),
    { searchParams: Promise.resolve({ q: "alert" }) },
    false,
  ],
];

describe("hostile words in the data render as inert text on every page", () => {
  for (const [route, load, props, showsData] of PAGES) {
    it(route, async () => {
      const Page = (await load()).default as (p: unknown) => ReactElement | Promise<ReactElement>;
      const html = renderToStaticMarkup((await Page(props)) as ReactElement);
      // The only script element a page may carry is its JSON-LD, which can never contain "<".
      expect(html).not.toMatch(/<script(?! type="application\/ld\+json")|<img/i);
      for (const m of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs))
        expect(m[1]).not.toContain("<");
      if (showsData) expect(html).toMatch(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    });
  }
});
