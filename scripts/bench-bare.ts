import { readFileSync } from "node:fs";

/**
 * The floor a user could write by hand: read each file and parse it with hcl2json, one after
 * the other, ignoring syntax errors. Reads the file list from the file named by argv[2].
 */
const list = readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean);
const { parse } = (await import("@cdktf/hcl2json")).default;
let failed = 0;
for (const file of list) {
  try {
    await parse("bench.hcl", readFileSync(file, "utf8"));
  } catch {
    failed++;
  }
}
process.stdout.write(`${list.length} files, ${failed} with syntax errors\n`);
