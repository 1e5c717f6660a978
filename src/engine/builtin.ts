import type { RuleMeta } from "./rule.js";

const SPEC = "https://developer.hashicorp.com/nomad/docs/job-specification/hcl2";

/** Diagnostics the engine itself reports; they have ids and docs like rules. */
export const SYNTAX_META: RuleMeta = {
  id: "syntax",
  severity: "error",
  description: "the file is not valid HCL2 (or JSON) and cannot be linted",
  rationale:
    "Nomad parses jobspecs as HCL2 since 1.0. A file the HCL2 parser rejects is rejected by `nomad job run` too, and the linter cannot check anything past a syntax error, so each error the parser reports is shown at its position and the file gets no other findings.",
  fix: "Correct the syntax at the reported position. Files written for the HCL1 parser often need quoted keys turned into map attributes (`meta = { \"a.b\" = \"x\" }`) and repeated singleton blocks merged.",
  docs: [{ title: "HCL2 syntax in Nomad", url: SPEC }],
};

export const BUILTIN_META: readonly RuleMeta[] = [SYNTAX_META];
