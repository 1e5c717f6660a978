import { HOMEPAGE } from "../util/project.js";
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

export const UNKNOWN_DIRECTIVE_META: RuleMeta = {
  id: "unknown-directive",
  severity: "warning",
  description: "a comment starts like a suppression directive but names none there is",
  rationale:
    "A comment such as `# nomad-remote-lint-disable-nxt-line remote-template` looks like a suppression to whoever reads it, yet silences nothing. Left unreported, the finding it was meant for stays, or its author believes a later finding was reviewed and silenced when it was not.",
  fix: "Write one of the directives: `nomad-remote-lint-disable`, `-disable-line`, `-disable-next-line` or `-enable` (the message names the closest), or reword the comment so that it does not start with `nomad-remote-lint-`.",
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

const HCL2_VARIABLES = { title: "HCL2 input variables (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/variables" };
const HCL2_LOCALS = { title: "HCL2 local values (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/locals" };
const HCL2_EXPRESSIONS = { title: "HCL2 expressions (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/expressions" };

export const VARIABLE_VALUE_META: RuleMeta = {
  id: "variable-value",
  severity: "error",
  description: "an input variable has a value that does not fit its type or fails its validation, or a var file holds what is not a value",
  rationale:
    "`nomad job run` refuses a jobspec whose variable values do not convert to the declared type, or whose `validation` condition is false, and a var file that holds anything but `name = value` lines. Values come, lowest precedence first, from the `default`, `NOMAD_VAR_<name>` environment variables, `-var-file` files and `-var` flags; the linter takes them from the same places (`--var-file`, `--var`) and reports a bad value in the file that declares the variable, or at its line in the var file.",
  fix: "Make the value fit the declared `type`, or the validation's condition; keep var files to `name = value` lines.",
  docs: [HCL2_VARIABLES],
};

export const VARIABLE_UNSET_META: RuleMeta = {
  id: "variable-unset",
  severity: "info",
  description: "an input variable has no value here: checks that depend on it are skipped (an error with --hcl2-strict)",
  rationale:
    "A variable without a default is usually set when the job is deployed (`nomad job run -var image=...` in CI). Linting without that value, the linter does not guess: the variable is unknown, every check that depends on it is skipped with an `unresolved-value` note naming it, and this note says the variable had no value. `nomad job run` itself refuses a jobspec whose variable is unset (\"Unset variable\"): with `--hcl2-strict` (or `\"hcl2Strict\": true` in a configuration file), for runs that pass the real var files, it is an error.",
  fix: "Pass the value the deploy uses (`--var`, `--var-file` or `NOMAD_VAR_<name>`), or give the variable a default.",
  docs: [HCL2_VARIABLES],
};

export const VARIABLE_UNDECLARED_META: RuleMeta = {
  id: "variable-undeclared",
  severity: "warning",
  description: "a --var or var file entry gives a value to a variable that no linted jobspec declares (an error with --hcl2-strict)",
  rationale:
    "One `--var` or var file often serves many jobspecs, each declaring some of its variables: a value a file does not declare is no problem for that file. A value that no linted jobspec declares is a misspelt or stale name; Nomad warns about it, and refuses it under `-hcl2-strict` (its default). It is reported once per run, at the var file's line or on the command line.",
  fix: "Correct the variable's name, or remove the value.",
  docs: [HCL2_VARIABLES],
};

export const JOBSPEC_TEMPLATE_META: RuleMeta = {
  id: "jobspec-template",
  severity: "info",
  description: "the file is a jobspec template (levant, nomad-pack, Terraform templatefile): render it before linting",
  rationale:
    "A levant or nomad-pack template (`[[ .image ]]`, `[[ template \"x\" . ]]`) or a Terraform `templatefile` source (`${count}` and `%{ for }` outside strings) is not a jobspec until it is rendered: its delimiters make syntax errors, and its placeholders stand for values the linter cannot know. It is reported once, and not linted further.",
  fix: "Render the template (`levant render`, `nomad-pack render`, `terraform console` with `templatefile()`) and lint the output, for example by piping it to `nomad-remote-lint --stdin-filename job.nomad.hcl -`.",
  docs: [{ title: "nomad-pack render", url: "https://developer.hashicorp.com/nomad/tools/nomad-pack" }],
};

export const LOCAL_CYCLE_META: RuleMeta = {
  id: "local-cycle",
  severity: "error",
  description: "local values refer to each other in a cycle, or one is defined twice",
  rationale: "Nomad evaluates `locals` in the order their references require; a cycle has no such order and the jobspec does not parse.",
  fix: "Break the cycle: compute the shared part in a local that depends on neither.",
  docs: [HCL2_LOCALS],
};

export const EXPRESSION_ERROR_META: RuleMeta = {
  id: "expression-error",
  severity: "error",
  description: "an expression cannot be evaluated: an undeclared variable or local, an unknown function, a wrong type",
  rationale:
    "Nomad evaluates HCL2 expressions when it parses the jobspec. A reference to an undeclared `var.` or `local.` name, a call to a function Nomad does not have, or an operation on a value of the wrong type stops `nomad job run` before anything is submitted.",
  fix: "Correct the expression at the reported attribute.",
  docs: [HCL2_EXPRESSIONS],
};

export const UNRESOLVED_VALUE_META: RuleMeta = {
  id: "unresolved-value",
  severity: "info",
  description: "a value a check depends on is only known when the job runs, so the check is skipped",
  rationale:
    "References Nomad keeps for run time (`NOMAD_*`, `node.*`, `attr.*`, `meta.*`, `env[...]`), filesystem functions that are turned off, and functions the linter does not evaluate leave a value unknown. A check that depends on it (is this driver remote? which volume does this mount name?) does not guess: it stays quiet and says which expression it could not resolve.",
  fix: "Nothing, when the value truly is only known at run time. Otherwise pass the variable values the deploy uses (`--var`, `--var-file`) so the linter sees what Nomad will see.",
  docs: [HCL2_EXPRESSIONS],
};

export const JOBSPEC_SCHEMA_META: RuleMeta = {
  id: "jobspec-schema",
  severity: "error",
  description: "the jobspec does not fit Nomad's job model: unknown or misplaced blocks and attributes, wrong types, missing driver",
  rationale:
    "Nomad decodes a jobspec against a fixed schema of blocks and attributes (the `hcl` tags of its `api` package). A misspelt block (`templte`), an attribute where a block belongs (`config = { ... }`, HCL1 style), a second `resources` in one task, a task without `driver`, or a value of the wrong type makes `nomad job run` fail, or, for keys inside blocks Nomad reads loosely, silently drops the setting.",
  fix: "Use the block or attribute the message suggests (the closest known name comes first). For HCL1 syntax, rewrite it as the message says.",
  docs: [{ title: "Job specification (Nomad 1.8)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification" }],
};

export const UNREAD_BLOCK_META: RuleMeta = {
  id: "unread-block",
  severity: "info",
  description: "valid HCL that the bundled converter cannot read: the block is left out of the lint",
  rationale:
    "The linter reads HCL through hcl2json, which turns a file into JSON. Two shapes of valid HCL have no JSON form there: blocks of one type where one's labels extend another's (`x \"a\" {}` beside `x \"a\" \"b\" {}`), and blocks of one type with and without labels in one body. Inside a driver's `config`, Nomad accepts both. Rather than refuse the file, the linter leaves out the block it cannot read, lints the rest, and says here which block was not checked.",
  fix: "Nothing is wrong with the file for Nomad. Check the block by hand; writing the blocks' labels the same way (all with the same number of labels) lets the linter read them.",
  docs: [{ title: "Limits (nomad-remote-lint README)", url: `${HOMEPAGE}#limits` }],
};

export const INTERNAL_ERROR_META: RuleMeta = {
  id: "internal-error",
  severity: "error",
  description: "the linter itself failed on the file: nothing in it was checked",
  rationale:
    "A fault of the linter, not of the file, stopped the lint of this one file. The other files of the run are still linted and reported; the run ends with exit status 2, so the failure is not taken for a clean file.",
  fix: "Report it to the linter's issue tracker, with the file or a part of it that shows the failure; `--debug` prints the stack trace.",
  docs: [{ title: "Exit codes (nomad-remote-lint README)", url: `${HOMEPAGE}#exit-codes` }],
};

export const INPUT_LIMIT_META: RuleMeta = {
  id: "input-limit",
  severity: "error",
  description: "the file goes past one of the linter's limits (size, nesting, parse time, evaluation budget): what lies past it is not linted",
  rationale:
    "Real jobspecs are a few kilobytes with blocks nested a handful of levels deep, parsed in milliseconds, with expressions that evaluate in far fewer than a million steps. A file of megabytes, thousands of nested levels, a parse that takes seconds or an expression that builds gigabytes is generated, damaged or hostile; linting it would cost unbounded time and memory. A file too large, too deep or too slow to parse is reported and not linted; an evaluation that runs out of its budget is reported where it ran out, and the values it did not reach are unknown, so the checks that need them stay quiet. The limits are `--max-file-size` (default 4 MB), `--max-nesting` (default 100 levels), `--max-parse-time` (default 10 s) and the evaluation budget in the README's Limits table.",
  fix: "Check how the file was produced; raise `--max-file-size`, `--max-nesting` or `--max-parse-time` if it really is a jobspec, or simplify the expression the finding points at.",
  docs: [{ title: "Limits (nomad-remote-lint README)", url: `${HOMEPAGE}#limits` }],
};

export const FIX_FAILED_META: RuleMeta = {
  id: "fix-failed",
  severity: "warning",
  description: "a fix was not applied: the fixed file would not parse, or would keep the finding",
  rationale:
    "`--fix` lints each file again after every edit. An edit that would leave a file HCL cannot parse, or that does not resolve the finding it was made for, is undone rather than written, and reported here at the finding it was for. The rest of the file's fixes still apply.",
  fix: "Make the change by hand; the finding it was for says what to change. If the file is laid out unusually around the finding (several items on one line, say), laying it out one item per line lets --fix handle it.",
  docs: [{ title: "Autofix (nomad-remote-lint README)", url: `${HOMEPAGE}#autofix` }],
};

export const BUILTIN_META: readonly RuleMeta[] = [
  SYNTAX_META,
  INPUT_LIMIT_META,
  INTERNAL_ERROR_META,
  JOBSPEC_SCHEMA_META,
  VARIABLE_VALUE_META,
  VARIABLE_UNSET_META,
  VARIABLE_UNDECLARED_META,
  JOBSPEC_TEMPLATE_META,
  UNREAD_BLOCK_META,
  LOCAL_CYCLE_META,
  EXPRESSION_ERROR_META,
  UNRESOLVED_VALUE_META,
  UNKNOWN_RULE_META,
  UNKNOWN_DIRECTIVE_META,
  UNUSED_DISABLE_META,
  MISSING_REASON_META,
  FIX_FAILED_META,
];

/** Ids a directive cannot silence: they report on the file or on directives themselves. */
export const UNSUPPRESSIBLE = new Set([SYNTAX_META.id, INPUT_LIMIT_META.id, INTERNAL_ERROR_META.id, JOBSPEC_TEMPLATE_META.id, FIX_FAILED_META.id, UNKNOWN_RULE_META.id, UNKNOWN_DIRECTIVE_META.id, UNUSED_DISABLE_META.id, MISSING_REASON_META.id]);
