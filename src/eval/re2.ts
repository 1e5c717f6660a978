import { RE2JS } from "re2js";
import { EvalError } from "./value.js";

/**
 * Go's regular expressions (RE2: linear time, Go's syntax), as Nomad evaluates `replace`
 * with a `/pattern/` and `regex_replace`, with Go's replacement templates: `$1`, `${1}`,
 * `$name`, `${name}` (the longest run of letters, digits and `_`), `$$` for a dollar.
 */
export function compileGo(pattern: string, fn: string): RE2JS {
  try {
    return RE2JS.compile(pattern);
  } catch (error) {
    throw new EvalError(`${fn}(): invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
  }
}

/** Every match of `re` in `s` replaced by `template` expanded as Go's Regexp.Expand does. */
export function replaceAllGo(re: RE2JS, s: string, template: string, maxOutput: number): string {
  const m = re.matcher(s);
  let out = "";
  let last = 0;
  while (m.find()) {
    const start = m.start();
    const end = m.end();
    out += s.slice(last, start) + expand(template, (name) => group(m, name));
    if (out.length > maxOutput) throw new RangeError("replacement result too large");
    last = end;
  }
  return out + s.slice(last);
}

function group(m: ReturnType<RE2JS["matcher"]>, name: string): string {
  try {
    const v = /^\d+$/.test(name) ? m.group(Number(name)) : m.group(name);
    return v ?? "";
  } catch {
    // An index out of range or a name the pattern does not have: empty, as in Go.
    return "";
  }
}

function expand(template: string, value: (name: string) => string): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== "$" || i + 1 >= template.length) {
      out += c;
      continue;
    }
    const next = template[i + 1]!;
    if (next === "$") {
      out += "$";
      i++;
      continue;
    }
    const braced = next === "{";
    const from = braced ? i + 2 : i + 1;
    let j = from;
    while (j < template.length && /[A-Za-z0-9_]/.test(template[j]!)) j++;
    if (j === from || (braced && template[j] !== "}")) {
      out += c;
      continue;
    }
    out += value(template.slice(from, j));
    i = braced ? j : j - 1;
  }
  return out;
}
