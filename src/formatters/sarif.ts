import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { RuleMeta } from "../results/rule-meta.js";
import { HOMEPAGE, ruleDocUrl } from "../util/project.js";
import type { Diagnostic, LintResult, Severity } from "../results/diagnostic.js";
import { relativeTo } from "../util/paths.js";
import { defineFormatter } from "./types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const SRCROOT = "%SRCROOT%";

/** GitHub shows at most 1024 characters of a rule description. */
function clip(text: string, max = 1024): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

function plain(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]*)\*\*/g, "$1");
}

function sarifRule(meta: RuleMeta): Record<string, unknown> {
  const url = ruleDocUrl(meta.id);
  const sentence = `${meta.description[0]!.toUpperCase()}${meta.description.slice(1)}.`;
  const docs = meta.docs.map((d) => `- [${d.title}](${d.url})`).join("\n");
  const name = meta.id
    .split("-")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  return {
    id: meta.id,
    // SARIF wants a name that differs from the id (SARIF1001 compares them ignoring case): a
    // one-word id has none.
    ...(name.toLowerCase() === meta.id.toLowerCase() ? {} : { name }),
    shortDescription: { text: clip(sentence) },
    fullDescription: { text: clip(plain(meta.rationale)) },
    help: {
      text: `${plain(meta.fix)}\n\n${url}`,
      markdown: `${meta.rationale}\n\n**How to fix:** ${meta.fix}\n\n${docs}\n\n[Rule documentation](${url})`,
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ["nomad", meta.id.startsWith("remote-") ? "remote-tasks" : "jobspec"], precision: "very-high" },
  };
}

/**
 * A fingerprint of the finding that survives lines moving: rule, the text of its line with
 * whitespace collapsed, and how many identical ones came before in the file.
 */
function lineHash(m: Diagnostic, lines: readonly string[], seen: Map<string, number>): string {
  const text = (lines[m.line - 1] ?? "").replace(/\s+/g, " ").trim();
  const key = createHash("sha256").update(`${m.ruleId}\0${text}\0${m.message}`).digest("hex").slice(0, 16);
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${key}:${n}`;
}

function location(r: LintResult, root: string): Record<string, unknown> {
  const rel = relativeTo(root, r.filePath);
  if (rel !== undefined) return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  if (r.filePath.startsWith("<")) return { uri: r.filePath.replace(/[<>]/g, "") };
  return { uri: pathToFileURL(r.filePath).href };
}

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its documentation, every finding
 * (syntax errors included) with a repository-relative location, 1-based regions in UTF-16
 * columns and a partial fingerprint.
 */
export const sarif = defineFormatter((results, options) => {
  const root = options.workspace ?? options.cwd;
  const rules = options.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: Record<string, unknown>[] = [];
  for (const r of results) {
    const lines = r.source?.split(/\r?\n/) ?? [];
    const seen = new Map<string, number>();
    const artifactLocation = location(r, root);
    for (const m of r.messages) {
      const ruleIndex = index.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
        partialFingerprints: { primaryLocationLineHash: lineHash(m, lines, seen) },
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "nomad-remote-lint",
            version: options.version,
            semanticVersion: options.version,
            informationUri: HOMEPAGE,
            rules: rules.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root.endsWith("/") ? root : root + "/").href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}, { needs: { source: true } });
