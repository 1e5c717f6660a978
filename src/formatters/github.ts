import { displayPath } from "../util/paths.js";
import { SEVERITY_RANK, type Diagnostic } from "../results/diagnostic.js";
import { relativeTo } from "../util/paths.js";
import { defineFormatter } from "./types.js";
import { visible } from "../util/visible.js";

/** Escapes the data part of a workflow command, as the runner expects (`%` first). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command: the data escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/** One `::error file=...,line=...::message` workflow command for a finding. */
export function annotation(file: string, m: Diagnostic): string {
  const props: [string, string | number][] = [
    ["file", file],
    ["line", m.line],
    ["endLine", m.endLine],
  ];
  // The runner takes columns only when the range stays on one line.
  if (m.endLine === m.line) props.push(["col", m.column], ["endColumn", m.endColumn]);
  props.push(["title", `${m.ruleId} (nomad-remote-lint)`]);
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  // The message is shown as text in GitHub's UI: control and bidi characters as escapes. The
  // file is the path GitHub places the annotation at, so only escaped.
  return `::${COMMAND[m.severity]} ${list}::${escapeData(visible(m.message))}`;
}

/** GitHub Actions workflow commands, errors first; paths relative to the workspace. */
export const github = defineFormatter((results, options) => {
  const root = options.workspace ?? options.cwd;
  const lines: { order: number; text: string }[] = [];
  for (const r of results) {
    const file = relativeTo(root, r.filePath) ?? displayPath(r.filePath, options.cwd);
    for (const m of r.messages) lines.push({ order: SEVERITY_RANK[m.severity], text: annotation(file, m) });
  }
  lines.sort((a, b) => a.order - b.order);
  return lines.map((l) => l.text + "\n").join("");
});
