import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The search page over an index that fails: the failure must reach Next (which logs it and sends its error
// page), never be shown as "No results".
vi.mock("@report/search", () => ({
  createSearch: () => ({
    search: () => {
      throw new Error("search index unreadable");
    },
  }),
}));

describe("the search page over a failing index", () => {
  it("fails instead of rendering an empty result", async () => {
    const { default: SearchPage } = await import("../app/(default)/search/page.tsx");
    const page = await SearchPage({ searchParams: Promise.resolve({ q: "sanctions" }) });
    expect(() => renderToStaticMarkup(page)).toThrow("search index unreadable");
  });
});
