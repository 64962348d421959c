import { defineConfig } from "vitest/config";

export default defineConfig({
  // tsconfig keeps JSX for Next ("preserve"); tests that render components need it compiled.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // Generous: CI runs on two shared cores, and citation-js loads its styles on first use.
    testTimeout: 30_000,
  },
});
