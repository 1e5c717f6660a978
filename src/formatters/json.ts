import { asciiText, jsonChunks } from "../results/codec.js";
import { defineFormatter } from "./types.js";

/**
 * One entry per file: path, messages (with their fix and suggestions), suppressed findings,
 * counts and, after --fix, the findings the fixes resolved.
 */
export const json = defineFormatter((results) => jsonChunks(results).map(asciiText).join(""), { needs: { fixes: true }, chunks: jsonChunks });
