import { displayPath } from "../util/paths.js";
import { defineFormatter } from "./types.js";

/**
 * Text for an XML attribute or element: markup characters escaped, and characters XML 1.0
 * cannot carry at all (controls other than tab, newline and carriage return, lone
 * surrogates) replaced by U+FFFD.
 */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** JUnit XML: one testcase per file, one failure per error or warning; notes go to system-out. */
export const junit = defineFormatter((results, options) => {
  let failures = 0;
  const cases = results.map((r) => {
    const file = displayPath(r.filePath, options.cwd);
    const problems = r.messages.filter((m) => m.severity !== "info");
    const notes = r.messages.filter((m) => m.severity === "info");
    failures += problems.length > 0 ? 1 : 0;
    const body = [
      ...problems.map(
        (m) =>
          `      <failure type="${xmlText(m.ruleId)}" message="${xmlText(m.message)}">${xmlText(`${file}:${m.line}:${m.column}: ${m.severity}: ${m.message} [${m.ruleId}]`)}</failure>`,
      ),
      ...(notes.length > 0
        ? [`      <system-out>${xmlText(notes.map((m) => `${file}:${m.line}:${m.column}: info: ${m.message} [${m.ruleId}]`).join("\n"))}</system-out>`]
        : []),
    ];
    const open = `    <testcase name="${xmlText(file)}" classname="nomad-remote-lint"`;
    return body.length === 0 ? `${open}/>` : `${open}>\n${body.join("\n")}\n    </testcase>`;
  });
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return (
    HEADER +
    `<testsuites name="nomad-remote-lint" ${counts}>\n` +
    `  <testsuite name="nomad-remote-lint" ${counts}>\n` +
    cases.map((c) => c + "\n").join("") +
    "  </testsuite>\n</testsuites>\n"
  );
});

/** Checkstyle XML: `<file><error line column severity message source>` per finding. */
export const checkstyle = defineFormatter((results, options) => {
  const files = results.map((r) => {
    const errors = r.messages.map(
      (m) =>
        `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlText(m.message)}" source="${xmlText(`nomad-remote-lint.${m.ruleId}`)}"/>`,
    );
    const open = `  <file name="${xmlText(displayPath(r.filePath, options.cwd))}"`;
    return errors.length === 0 ? `${open}/>` : `${open}>\n${errors.join("\n")}\n  </file>`;
  });
  return HEADER + `<checkstyle version="4.3">\n` + files.map((f) => f + "\n").join("") + "</checkstyle>\n";
});
