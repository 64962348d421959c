import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@report/source"] },
  ssr: { resolve: { conditions: ["@report/source"] } },
});
