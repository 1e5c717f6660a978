import type { Severity } from "./diagnostic.js";

/** Jobspec features that live on the Nomad client; a driver may declare it provides one. */
export type RemoteFeature =
  | "artifact"
  | "template"
  | "dispatch_payload"
  | "volume"
  | "ephemeral_disk"
  | "vault"
  | "network"
  | "connect"
  | "resources"
  | "identity_file"
  | "consul_token"
  | "csi_plugin"
  | "logs";

export interface DocLink {
  readonly title: string;
  readonly url: string;
}

/** Everything about a rule except its check: the source of docs, --explain, SARIF and the config schema. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One line, lower-case, no trailing period. */
  readonly description: string;
  /** Why Nomad behaves so (Markdown). */
  readonly rationale: string;
  /** How to fix (Markdown). */
  readonly fix: string;
  readonly docs: readonly DocLink[];
  /** The remote-limited feature the rule is about; drivers that provide it silence the rule. */
  readonly feature?: RemoteFeature;
  /** The rule attaches fixes that --fix applies. */
  readonly fixable?: true;
}
