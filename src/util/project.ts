/** The linter version; a test keeps it equal to package.json's. */
export const VERSION = "0.1.0";

/** The project's home; rule documentation lives under it. */
export const HOMEPAGE = "https://github.com/nomad-remote-lint/nomad-remote-lint";

/** The documentation page of a rule, for this version. */
export function ruleDocUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/v${VERSION}/rules/${ruleId}.md`;
}
