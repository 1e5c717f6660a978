import type { RuleMeta } from "../engine/rule.js";
import { ruleDocUrl } from "../util/project.js";

/** `--list-rules`: id, default severity and description, one rule a line. */
export function listRules(metas: readonly RuleMeta[]): string {
  const width = Math.max(...metas.map((m) => m.id.length));
  return metas.map((m) => `${m.id.padEnd(width)}  ${m.severity.padEnd(7)}  ${m.description}`).join("\n") + "\n";
}

/** `--explain <id>`: the rule's documentation as plain text. */
export function explainRule(meta: RuleMeta): string {
  const parts = [
    `${meta.id} (default severity: ${meta.severity})`,
    "",
    `${meta.description[0]!.toUpperCase()}${meta.description.slice(1)}.`,
    "",
    "Why:",
    indent(meta.rationale),
    "",
    "How to fix:",
    indent(meta.fix),
  ];
  if (meta.feature !== undefined) {
    parts.push("", `Drivers whose capability file lists "provides": ["${meta.feature}"] are not reported.`);
  }
  parts.push("", "References:", ...meta.docs.map((d) => `  ${d.title}: ${d.url}`), `  Rule documentation: ${ruleDocUrl(meta.id)}`);
  return parts.join("\n") + "\n";
}

function indent(text: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line.length + w.length + 1 > 88 && line !== "") {
      lines.push(line);
      line = w;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => `  ${l}`).join("\n");
}
