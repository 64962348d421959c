import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineHashes, routeOfHtmlFile } from "../lib/csp-manifest.ts";
import { contentSecurityPolicy } from "../lib/security.ts";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");

describe("CSP hashes of prerendered pages", () => {
  it("hashes inline JavaScript and styles, not external scripts or data blocks", () => {
    const html =
      '<script src="/a.js" async=""></script><script>self.x=1</script><script type="application/ld+json">{"a":1}</script>' +
      '<style data-precedence="next">body{color:red}</style><script id="_R_">self.y="é"</script>';
    expect(inlineHashes(html, sha)).toEqual({
      script: [`sha256-${sha("self.x=1")}`, `sha256-${sha('self.y="é"')}`],
      style: [`sha256-${sha("body{color:red}")}`],
    });
  });

  it("maps HTML files to routes", () => {
    expect(routeOfHtmlFile("index.html")).toBe("/");
    expect(routeOfHtmlFile("entities/kind/sanction.html")).toBe("/entities/kind/sanction");
  });

  it("builds a hash CSP with no inline or eval allowance", () => {
    const csp = contentSecurityPolicy({ nonce: undefined, hashes: { script: ["sha256-abc"], style: [] }, dev: false });
    expect(csp).toContain("script-src 'self' 'sha256-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|nonce/);
  });
});
