import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node22",
  fixedExtension: false,
  dts: false,
  // @report/search is private to this workspace, so it is bundled into the published CLI.
  noExternal: ["@report/search"],
  // Dependencies in package.json stay external; the interactive app (React, Ink) becomes its own
  // chunk, loaded by dynamic import() only when the explorer starts.
});
