import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { discoveryCost } from "./bench-discovery.js";
import { generateBenchSet, generateRemoteSet } from "./gen-bench-set.js";

/**
 * `npm run bench`: lints file sets with each variant in separate processes, interleaved,
 * and prints median wall time, files per second, peak RSS and the ratio to a bare loop of
 * hcl2json parses over the same files, and the best (least) wall time of each variant with
 * its ratio to the bare loop's best. Ratios, not absolute times, are what to compare:
 * machines here are shared and noisy; the best run is the one the machine disturbed least.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = path.join(root, "dist", "cli", "nomad-remote-lint.cjs");
const bare = path.join(root, "dist", "scripts", "bench-bare.js");
const args = process.argv.slice(2);
const runs = countOption("--runs", 3);
const generatedCount = countOption("--generated", 5000);
const remoteCount = countOption("--remote", 2000);
/** Another built checkout (`--against <dir>`), measured side by side: the commit before a change, say. */
const against = valueOf("--against");
const againstCli = against === undefined ? undefined : path.join(path.resolve(against), "dist", "cli", "nomad-remote-lint.cjs");
if (againstCli !== undefined && !existsSync(againstCli)) {
  process.stderr.write(`bench: --against ${against} has no built command (${againstCli}): run npm ci there first\n`);
  process.exit(2);
}
const corpus = path.resolve(process.env["NOMAD_CORPUS"] ?? path.join(root, "..", "shared", "corpus"));
const cpus = availableParallelism();

function valueOf(flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i === -1 ? undefined : args[i + 1];
}

/** A whole number of 1 or more given with `flag`, else `fallback`; anything else ends the benchmark with a message. */
function countOption(flag: string, fallback: number): number {
  const raw = valueOf(flag);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) {
    process.stderr.write(`bench: ${flag} takes a whole number of 1 or more, not ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return n;
}

interface Variant {
  name: string;
  command: (listFile: string, files: string[], target: string[], cacheDir: string) => string[];
  /** Runs once, unmeasured, before the measured runs (to fill the cache). */
  warm?: boolean;
  /** Lints no files: files per second mean nothing for it. */
  floor?: boolean;
}

export const variants: Variant[] = [
  { name: "bare hcl2json parse loop", command: (list) => [bare, list] },
  { name: `bare loop, ${cpus} threads`, command: (list) => [bare, list, "--threads", String(cpus)] },
  // The parser alone as `auto` runs it (one compiled module, every core): the floor under `auto`.
  { name: `parse only, ${cpus} threads as auto`, command: (list) => [bare, list, "--shared", "auto"] },
  { name: "linter --concurrency off", command: (_l, _f, target) => [cli, "--concurrency", "off", "--format", "json", "-o", "/dev/null", ...target] },
  // The default report (stylish) prints no fixes: the run computes none.
  { name: "linter off, stylish", command: (_l, _f, target) => [cli, "--concurrency", "off", "-o", "/dev/null", ...target] },
  { name: "linter --concurrency auto", command: (_l, _f, target) => [cli, "--concurrency", "auto", "--format", "json", "-o", "/dev/null", ...target] },
  {
    name: "linter --cache (warm)",
    warm: true,
    command: (_l, _f, target, cacheDir) => [cli, "--cache", "--cache-location", cacheDir, "--format", "json", "-o", "/dev/null", ...target],
  },
  ...(againstCli === undefined
    ? []
    : [
        { name: "against: --concurrency off", command: (_l: string, _f: string[], target: string[]) => [againstCli, "--concurrency", "off", "--format", "json", "-o", "/dev/null", ...target] },
        { name: "against: off, stylish", command: (_l: string, _f: string[], target: string[]) => [againstCli, "--concurrency", "off", "-o", "/dev/null", ...target] },
        { name: "against: --concurrency auto", command: (_l: string, _f: string[], target: string[]) => [againstCli, "--concurrency", "auto", "--format", "json", "-o", "/dev/null", ...target] },
        {
          name: "against: --cache (warm)",
          warm: true,
          command: (_l: string, _f: string[], target: string[], cacheDir: string) => [againstCli, "--cache", "--cache-location", `${cacheDir}-against`, "--format", "json", "-o", "/dev/null", ...target],
        },
      ]),
  // Not a variant to compare: the cost of starting Node itself, a floor under every other line.
  { name: "node start, empty script", floor: true, command: () => ["-e", "0"] },
];

interface Sample {
  wall: number;
  rss: number | undefined;
}

const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

/**
 * The measured processes' environment: this one's without NODE_EXTRA_CA_CERTS. Node reads and
 * parses that certificate file as it starts (about 40 ms on a machine that sets it for its
 * proxy), and neither the linter nor the bare loop makes a connection.
 */
const { NODE_EXTRA_CA_CERTS: extraCerts, ...childEnv } = process.env;

function runOnce(argv: string[]): Sample {
  const start = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ["-f", "%M", process.execPath, ...argv], { encoding: "utf8", maxBuffer: 1 << 28, env: childEnv })
    : spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 28, env: childEnv });
  const wall = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(" ").slice(0, 200)} failed (${r.status}): ${r.stderr}`);
  const rssLine = timeBin ? r.stderr.trim().split("\n").pop() : undefined;
  return { wall, rss: rssLine && /^\d+$/.test(rssLine) ? Number(rssLine) / 1024 : undefined };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Benchmarks one set of files; `target` is what the linter is given (the files, or their directory). Returns the median wall times, by variant. */
export function benchSet(label: string, files: string[], target: string[] = files, runCount = runs): Map<string, number> {
  const dir = mkdtempSync(path.join(tmpdir(), "nrl-bench-"));
  const listFile = path.join(dir, "files.txt");
  const cacheDir = path.join(dir, "cache");
  writeFileSync(listFile, files.join("\n"));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
  runOnce(variants[0]!.command(listFile, files, target, cacheDir)); // warm the file system cache
  for (const v of variants) if (v.warm) runOnce(v.command(listFile, files, target, cacheDir));
  for (let i = 0; i < runCount; i++) {
    for (const v of variants) samples.get(v.name)!.push(runOnce(v.command(listFile, files, target, cacheDir)));
  }
  rmSync(dir, { recursive: true, force: true });
  const bareWalls = samples.get(variants[0]!.name)!.map((s) => s.wall);
  const baseline = median(bareWalls);
  const bestBaseline = Math.min(...bareWalls);
  console.log(`\n${label}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${cpus} cores, median of ${runCount} interleaved runs`);
  console.log(
    `${"variant".padEnd(30)}${"wall s".padStart(9)}${"files/s".padStart(10)}${"peak RSS MB".padStart(13)}${"ratio".padStart(8)}` +
      `${"best s".padStart(9)}${"best ratio".padStart(12)}`,
  );
  const medians = new Map<string, number>();
  for (const v of variants) {
    const s = samples.get(v.name)!;
    const wall = median(s.map((x) => x.wall));
    medians.set(v.name, wall);
    const best = Math.min(...s.map((x) => x.wall));
    const rss = s.every((x) => x.rss !== undefined) ? Math.max(...s.map((x) => x.rss!)) : undefined;
    console.log(
      `${v.name.padEnd(30)}${wall.toFixed(2).padStart(9)}${(v.floor ? "-" : (files.length / wall).toFixed(0)).padStart(10)}` +
        `${(rss === undefined ? "n/a" : rss.toFixed(0)).padStart(13)}${(wall / baseline).toFixed(2).padStart(8)}` +
        `${best.toFixed(2).padStart(9)}${(best / bestBaseline).toFixed(2).padStart(12)}`,
    );
  }
  return medians;
}

/**
 * What finding the files cost, beside the linter's run over them: the search by name and
 * content, and the content checks alone (every *.hcl, *.job and template file read up to
 * 256 KB and scanned for a top-level job block).
 */
function discoveryTable(label: string, dir: string, run: Map<string, number>): void {
  const cost = discoveryCost(dir);
  const off = run.get("linter --concurrency off")!;
  const bare = run.get(variants[0]!.name)!;
  console.log(`\nfinding the jobspecs of ${label}: ${cost.found} found, ${cost.checked} checked by content, median of 5 in-process passes`);
  console.log(`${"step".padEnd(30)}${"ms".padStart(9)}${"of linter off".padStart(15)}${"of bare loop".padStart(14)}`);
  for (const [name, ms] of [
    ["search, by name and content", cost.searchMs],
    ["content checks alone", cost.checksMs],
  ] as const) {
    console.log(`${name.padEnd(30)}${ms.toFixed(1).padStart(9)}${(ms / 1000 / off).toFixed(3).padStart(15)}${(ms / 1000 / bare).toFixed(3).padStart(14)}`);
  }
}

function corpusFiles(): string[] {
  const rows = readFileSync(path.join(corpus, "MANIFEST.tsv"), "utf8").trim().split("\n").slice(1);
  return rows.map((r) => r.split("\t")).filter((r) => r[5] !== "json").map((r) => path.join(corpus, r[0]!));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log("Targets (ratios to the bare parse loop): --concurrency off <= 1.10, auto <= 0.65, warm cache <= 0.10; peak RSS < 300 MB on the generated set.");
  if (extraCerts !== undefined) console.log("NODE_EXTRA_CA_CERTS is set here; every measured process runs without it (Node reads the certificates as it starts).");
  // Pre-commit's case: one file, where starting the parser is most of the run. Short, so run more often.
  benchSet("one jobspec (fixtures/examples/ecs-web.nomad.hcl)", [path.join(root, "fixtures", "examples", "ecs-web.nomad.hcl")], undefined, runs * 3);
  if (!existsSync(path.join(corpus, "MANIFEST.tsv"))) console.log(`\ncorpus not found at ${corpus} (set NOMAD_CORPUS): skipping its set`);
  else {
    const corpusRun = benchSet("corpus HCL jobspecs", corpusFiles());
    discoveryTable("the corpus directory", corpus, corpusRun);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "nrl-bench-set-"));
  try {
    const files = generateBenchSet(path.join(root, "fixtures"), path.join(dir, "generated"), generatedCount);
    const generatedRun = benchSet(`generated jobspecs (scripts/gen-bench-set.ts, from fixtures/)`, files, [path.join(dir, "generated")]);
    // The same files named *.hcl: every one of them is found by its content.
    const renamed = path.join(dir, "generated-hcl");
    for (const f of files) {
      const to = path.join(renamed, path.relative(path.join(dir, "generated"), f).replace(/\.nomad\.hcl$/, ".hcl"));
      mkdirSync(path.dirname(to), { recursive: true });
      copyFileSync(f, to);
    }
    discoveryTable("the generated set, named *.hcl", renamed, generatedRun);
    const remote = generateRemoteSet(path.join(dir, "remote"), remoteCount);
    benchSet("remote-task jobspecs with five findings each (scripts/gen-bench-set.ts)", remote, [path.join(dir, "remote")]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
