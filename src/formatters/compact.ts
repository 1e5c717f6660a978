import { displayPath } from "../util/paths.js";
import { safeLineStart, visible } from "../util/visible.js";
import { defineFormatter } from "./types.js";

/** `path:line:column: severity: message [rule-id]`, one finding a line, for editors and grep. */
export const compact = defineFormatter((results, options) => {
  let out = "";
  for (const r of results) {
    const file = safeLineStart(visible(displayPath(r.filePath, options.cwd)));
    for (const m of r.messages) {
      out += `${file}:${m.line}:${m.column}: ${m.severity}: ${visible(m.message.replace(/\r?\n/g, " "))} [${m.ruleId}]\n`;
    }
  }
  return out;
});
