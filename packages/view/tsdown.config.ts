import { defineConfig } from "tsdown";

export default defineConfig({
  // Citations load citation-js (with its CSL processor): a separate entry, so code that needs only
  // words (the terminal UI's bundle) never carries it.
  entry: { index: "src/index.ts", cite: "src/cite/index.ts" },
  format: ["esm"],
  dts: true,
  platform: "neutral",
  external: [/^@report\/data/, "edtf", /^@citation-js\//],
});
