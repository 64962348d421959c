import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
    // One `node apps/web/server.ts` for the run (tests/web/global-setup.ts), shared by the web suites.
    globalSetup: ["./web/global-setup.ts"],
  },
});
