import { defineConfig } from "vitest/config";
import { TEST_TIMEOUT_MS } from "./test/support/property.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
