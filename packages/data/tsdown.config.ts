import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/schema.ts", "src/text.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  external: ["zod"],
  // The report JSON is inlined into dist/index.*, so importing the data needs no fs.
});
