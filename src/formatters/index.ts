import { compact } from "./compact.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import { checkstyle, junit } from "./xml.js";
import type { Formatter } from "./types.js";

export type { FormatOptions, Formatter } from "./types.js";

export const formatters = {
  stylish,
  json,
  compact,
  github,
  sarif,
  junit,
  checkstyle,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
