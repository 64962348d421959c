import { describe, expect, inject, it } from "vitest";

// The built website over plain HTTP (the production server): headers, hostile input, feeds and what the browser is sent.
const base = inject("webBase");

describe("website over HTTP (production server)", () => {
  it("answers huge, odd and regex-like queries without a server error", async () => {
    const raw = ["%ED%A0%80", "%E0%A4%A", "%00%0A%1B", "%F0%9F%92%A5%E2%80%AE", "a&q=b&q[]=c"];
    const encoded = [
      "x".repeat(10_240),
      "(((",
      ".*+?^$|[]{}\\",
      "' OR 1=1 --",
      "<img src=x onerror=alert(1)>",
      "💥".repeat(1000),
    ];
    for (const q of [...raw, ...encoded.map(encodeURIComponent)]) {
      const res = await fetch(`${base}/search?q=${q}`);
      expect(res.status, q.slice(0, 20)).toBe(200);
      const html = await res.text();
      expect(html).not.toContain("<img src=x");
      expect(html).not.toMatch(/x{201}/);
    }
  });

  it("sends the security headers, with a CSP that allows no inline or eval script", async () => {
    for (const path of ["/", "/search?q=x", "/api/report.json", "/downloads/source.txt", "/no-such-page"]) {
      const h = (await fetch(base + path)).headers;
      const csp = h.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(h.get("x-content-type-options")).toBe("nosniff");
      for (const k of ["referrer-policy", "permissions-policy", "strict-transport-security"])
        expect(h.get(k), `${path} ${k}`).toBeTruthy();
      expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
      // The public data may be read by any site; pages only by this one.
      const data = /^\/(api|downloads)\//.test(path);
      expect(h.get("cross-origin-resource-policy"), path).toBe(data ? "cross-origin" : "same-origin");
    }
  });

  it("ships no search code or index to the browser", async () => {
    for (const path of ["/", "/read", "/search?q=Belneftekhim"]) {
      const html = await (await fetch(base + path)).text();
      const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
      expect(srcs.length, path).toBeGreaterThan(0);
      for (const src of srcs) {
        const js = await (await fetch(new URL(src, base))).text();
        expect(js, `${path} ${src}`).not.toMatch(/minisearch|MiniSearch|petrochemical conglomerate/);
      }
    }
  });

  it("publishes sitemap.xml, robots.txt and JSON-LD", async () => {
    expect(await (await fetch(`${base}/sitemap.xml`)).text()).toContain("/entities/belneftekhim");
    expect(await (await fetch(`${base}/robots.txt`)).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
    const html = await (await fetch(`${base}/`)).text();
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "{}";
    const data = JSON.parse(ld) as { "@type": string; publisher: { "@type": string } };
    expect(data["@type"]).toBe("Report");
    expect(data.publisher["@type"]).toBe("GovernmentOrganization");
  });

  it("gives every page Open Graph tags and a static PNG og:image", async () => {
    for (const path of ["/", "/read", "/entities/belneftekhim", "/about"]) {
      const html = await (await fetch(base + path)).text();
      const og = (p: string) => new RegExp(`<meta property="og:${p}" content="([^"]+)"`).exec(html)?.[1];
      expect(og("title"), path).toBeTruthy();
      expect(new URL(og("url") ?? "").pathname, path).toBe(path);
      const image = og("image") ?? "";
      expect(image, path).toMatch(/\/opengraph-image(\?|$)/);
      expect(og("image:width")).toBe("1200");
      const res = await fetch(new URL(new URL(image).pathname, base));
      expect(res.headers.get("content-type")).toBe("image/png");
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(1200);
    }
  });
});
