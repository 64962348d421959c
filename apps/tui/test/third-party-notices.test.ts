import { describe, expect, it } from "vitest";
import { type BundledPackage, thirdPartyNotices } from "../scripts/third-party-notices.ts";

// Every bundled package of the real build is checked against its own folder in tests/tui-pack.test.ts.
const pkg = (name: string, more: Partial<BundledPackage> = {}): BundledPackage => ({
  name,
  version: "1.0.0",
  license: "MIT",
  licenseText: `Copyright (c) the authors of ${name}\n\nPermission is hereby granted …\n`,
  noticeText: null,
  author: null,
  repository: null,
  homepage: null,
  ...more,
});

describe("thirdPartyNotices", () => {
  it("lists each package once per version, sorted, then gives its licence text and NOTICE", () => {
    const text = thirdPartyNotices([
      pkg("zeta", { noticeText: "This product includes software developed at Zeta.\n" }),
      pkg("alpha", { version: "2.0.0", license: "BSD-2-Clause", repository: { type: "git", url: "https://x/alpha" } }),
      pkg("alpha"),
    ]);
    expect(text).toContain("Packages (3):\n  alpha 1.0.0  (MIT)\n  alpha 2.0.0  (BSD-2-Clause)\n  zeta 1.0.0  (MIT)\n");
    expect(text).toContain("alpha 2.0.0\nLicense: BSD-2-Clause\nSource: https://x/alpha\n");
    expect(text).toContain(
      "Copyright (c) the authors of zeta\n\nPermission is hereby granted …\n\nNOTICE\n\nThis product",
    );
  });

  it("says so where a package ships no licence file", () => {
    expect(thirdPartyNotices([pkg("bare", { licenseText: null })])).toContain(
      "bare 1.0.0 ships no licence file; its package.json declares the licence MIT.",
    );
  });

  it("fails the build, naming the package, when a bundled package declares no licence", () => {
    expect(() => thirdPartyNotices([pkg("mystery", { license: null })])).toThrow(
      /mystery@1\.0\.0 is bundled into dist\/ but declares no licence/,
    );
    expect(() => thirdPartyNotices([pkg("closed", { license: "UNLICENSED" })])).toThrow(/closed@1\.0\.0/);
  });

  it("reads a licence an old package.json gives as an object", () => {
    const old = pkg("old", { license: { type: "ISC" } as unknown as string });
    expect(thirdPartyNotices([old])).toContain("old 1.0.0\nLicense: ISC\n");
  });
});
