import type { Block, Path } from "../model/tree.js";
import type { Range } from "../results/range.js";
import type { BothForms } from "../schema/check.js";
import type { HclComment, HclItem } from "./hcl-structure.js";
import type { SourceText } from "./source.js";

/** Why a text cannot be linted: a finding at a position, after which nothing else is checked. */
export interface FatalFinding extends Range {
  readonly ruleId: "syntax" | "input-limit" | "jobspec-schema" | "jobspec-template";
  readonly message: string;
}

/** A finding the reader makes about a text it could read (a block it had to leave out). */
export interface ReadNotice extends Range {
  readonly ruleId: "unread-block" | "jobspec-schema";
  readonly message: string;
}

/** What the rules run on, whatever the input format: the job model and how to place it. */
export interface ReadDocument {
  /** The block tree the jobs are built from. */
  readonly tree: Block;
  /**
   * Strings are values as they are (API JSON), not templates with expressions to evaluate
   * (HCL, in hcl2json's form).
   */
  readonly literal: boolean;
  /** The text is JSON (API JSON or HCL's JSON syntax): an object may stand for a block written once. */
  readonly jsonSyntax: boolean;
  /** The document in hcl2json's form, for the jobspec schema check; undefined where it does not apply. */
  readonly schemaInput: Record<string, unknown> | undefined;
  /** What the reader could not read, at its position. */
  readonly notices: readonly ReadNotice[];
  /** Maps written both as a block and as an attribute, which the JSON form cannot show. */
  readonly bothForms: BothForms | undefined;
  /** The source range of a path of the tree. */
  rangeOf(path: Path): Range;
  /** The file's comments, for suppression directives; undefined where comments do not exist. */
  readonly comments: (() => readonly HclComment[]) | undefined;
  /** The source syntax written at a path, where edits can be made; undefined where none can. */
  readonly syntaxOf: ((path: Path) => HclItem | undefined) | undefined;
}

export type ReadOutcome = { readonly ok: true; readonly doc: ReadDocument } | { readonly ok: false; readonly fatal: readonly FatalFinding[] };

/**
 * One input format. `parse` is the work of the format's parser alone, run for a whole batch
 * of files before anything else (see Linter.lintDocuments); `read` builds the document from
 * its answer.
 */
export interface InputReader<Answer = unknown> {
  parse?(text: string, filePath: string, context: ReadContext): Promise<Answer>;
  read(source: SourceText, answer: Answer | undefined, context: ReadContext): ReadOutcome | Promise<ReadOutcome>;
}

/** What a reader is told of the text it reads. */
export interface ReadContext {
  readonly filePath: string;
  /** Deeper nesting is an input-limit finding. */
  readonly maxNesting: number;
  /** A parse that takes longer (milliseconds) is ended, and an input-limit finding. */
  readonly maxParseTime: number;
}

/** The finding for a document nested deeper than the limit (it would cost unbounded work). */
export function tooDeep(range: Range, maxNesting: number): FatalFinding {
  return { ruleId: "input-limit", ...range, message: `blocks and values are nested more than ${maxNesting} ${maxNesting === 1 ? "level" : "levels"} deep (--max-nesting): not linted` };
}
