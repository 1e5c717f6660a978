import { HOMEPAGE } from "../meta.js";
import type { RuleMeta } from "./rule.js";

const SUPPRESSIONS_DOC = { title: "Inline suppressions (nomad-remote-lint README)", url: `${HOMEPAGE}#inline-suppressions` };

/** Diagnostics the engine itself reports; they have ids and docs like rules. */
export const SYNTAX_META: RuleMeta = {
  id: "syntax",
  severity: "error",
  description: "the file is not valid HCL2 (or JSON) and cannot be linted",
  rationale:
    "Nomad parses jobspecs as HCL2 since 1.0. A file the HCL2 parser rejects is rejected by `nomad job run` too, and the linter cannot check anything past a syntax error, so each error the parser reports is shown at its position and the file gets no other findings.",
  fix: "Correct the syntax at the reported position. Files written for the HCL1 parser often need quoted keys turned into map attributes (`meta = { \"a.b\" = \"x\" }`) and repeated singleton blocks merged.",
  docs: [{ title: "HCL2 syntax in Nomad", url: "https://developer.hashicorp.com/nomad/docs/job-specification/hcl2" }],
};

export const UNKNOWN_RULE_META: RuleMeta = {
  id: "unknown-rule",
  severity: "warning",
  description: "a suppression comment names a rule that does not exist",
  rationale:
    "A `nomad-remote-lint-disable` comment with a misspelt rule id silences nothing, so the finding it was meant for still shows, or worse, a later finding of the intended rule is not silenced as the author believed.",
  fix: "Correct the rule id (`nomad-remote-lint --list-rules` lists them) or remove it from the comment.",
  docs: [SUPPRESSIONS_DOC],
};

export const UNUSED_DISABLE_META: RuleMeta = {
  id: "unused-disable",
  severity: "warning",
  description: "a suppression comment silences nothing",
  rationale:
    "A suppression that matches no finding is left over from a fixed problem or sits on the wrong line; left in place it would silence a future finding nobody reviewed.",
  fix: "Remove the rule id from the comment, or the comment, or move it to the line above the finding. `--report-unused-disable-directives off` turns this check off.",
  docs: [SUPPRESSIONS_DOC],
};

export const MISSING_REASON_META: RuleMeta = {
  id: "missing-disable-reason",
  severity: "warning",
  description: "a suppression comment gives no reason (reported with --require-disable-reason)",
  rationale: "Teams that audit suppressions want each one to say why the finding does not apply, after ` -- `.",
  fix: "Add the reason after ` -- `: `# nomad-remote-lint-disable-next-line remote-vault -- token fetched by the task itself`.",
  docs: [SUPPRESSIONS_DOC],
};

export const BUILTIN_META: readonly RuleMeta[] = [SYNTAX_META, UNKNOWN_RULE_META, UNUSED_DISABLE_META, MISSING_REASON_META];

/** Ids a directive cannot silence: they report on the file or on directives themselves. */
export const UNSUPPRESSIBLE = new Set([SYNTAX_META.id, UNKNOWN_RULE_META.id, UNUSED_DISABLE_META.id, MISSING_REASON_META.id]);
