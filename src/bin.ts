#!/usr/bin/env node
/**
 * The `nomad-remote-lint` command. The HCL parser (Go compiled to WebAssembly) takes a few
 * hundred milliseconds to compile; when the run will lint anything, that starts first, so it
 * overlaps with loading the rest of the linter.
 */
const INFO_ONLY = new Set(["-h", "--help", "-v", "--version", "--list-rules", "--explain", "--print-config"]);
if (!process.argv.slice(2).some((a) => INFO_ONLY.has(a.split("=")[0]!))) {
  void import("./parse/hcl.js").then((m) => m.loadHclParser()).catch(() => undefined);
}

const { main } = await import("./cli.js");
process.exitCode = await main();
