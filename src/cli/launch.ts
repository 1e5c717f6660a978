#!/usr/bin/env node
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compileBundle, readCodeCache } from "../util/code-cache.js";

/**
 * The `nomad-remote-lint` command as installed: starts the bundled linter (main.cjs, beside
 * this file) from its code cache (see util/code-cache.ts).
 */
const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), "main.cjs");
compileBundle(bundle, readCodeCache(bundle)).run();
