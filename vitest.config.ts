import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { TEST_TIMEOUT_MS } from "./test/support/property.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: 120_000,
    pool: "forks",
    // The cache's key is made in the user's cache directory: the tests keep theirs apart.
    env: { XDG_CACHE_HOME: path.join(tmpdir(), "nomad-remote-lint-test-cache-home") },
  },
});
