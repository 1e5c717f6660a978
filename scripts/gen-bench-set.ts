import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scanHclStructure, type HclBlock } from "../src/parse/hcl-structure.js";

/** A small seeded generator, so every run benchmarks the same files. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function jobspecs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jobspecs(full);
    return /\.nomad(\.hcl)?$/.test(name) ? [full] : [];
  });
}

/** The task blocks of the fixtures that are free of syntax and variable errors, as source text. */
function taskSnippets(fixtures: string): string[] {
  const out: string[] = [];
  for (const file of jobspecs(fixtures)) {
    if (/syntax|schema|hcl2|suppressions/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    const visit = (blocks: readonly HclBlock[]) => {
      for (const b of blocks) {
        if (b.type === "task" && b.labels.length === 1) out.push(text.slice(b.span.start, b.span.end).replace(/^\s*(#|\/\/).*\^.*$/gm, ""));
        else visit(b.body.items.filter((i): i is HclBlock => i.kind === "block"));
      }
    };
    visit(scanHclStructure(text).body.items.filter((i): i is HclBlock => i.kind === "block"));
  }
  return out;
}

/**
 * Writes `count` jobspecs of one group with one remote task that has five findings (template,
 * artifact, vault, cpu and memory above the minimum): a set where the linter's own work,
 * findings and their fixes, weighs most against the parse.
 */
export function generateRemoteSet(dir: string, count = 2000): string[] {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `team-${i % 50}`);
    mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `remote-${i}.nomad.hcl`);
    writeFileSync(
      file,
      `job "remote-${i}" {
  datacenters = ["dc1"]

  group "api" {
    task "server" {
      driver = "ecs"

      config {
        task {
          launch_type     = "FARGATE"
          task_definition = "api-${i}:1"
        }
      }

      artifact {
        source      = "https://example.com/app-${i}.tar.gz"
        destination = "local/app"
      }

      template {
        data        = "PORT=\${NOMAD_PORT_http}"
        destination = "local/app.env"
        env         = true
      }

      vault {
        policies = ["api"]
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
`,
    );
    files.push(file);
  }
  return files;
}

/**
 * Writes `count` jobspecs made of the fixtures' tasks into `dir`: 1 to 6 groups of 1 to 5
 * tasks each, so files range from a few hundred bytes to tens of kilobytes.
 */
export function generateBenchSet(fixtures: string, dir: string, count = 5000, seed = 42): string[] {
  const tasks = taskSnippets(fixtures);
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `team-${i % 50}`);
    mkdirSync(sub, { recursive: true });
    const groups: string[] = [];
    const groupCount = 1 + Math.floor(next() * next() * 6);
    for (let g = 0; g < groupCount; g++) {
      const body: string[] = [];
      const taskCount = 1 + Math.floor(next() * 5);
      for (let t = 0; t < taskCount; t++) body.push(pick(tasks).replace(/^task "[^"]*"/, `task "t${t}"`));
      groups.push(`  group "g${g}" {\n    ${body.join("\n\n").replace(/\n/g, "\n    ")}\n  }`);
    }
    const file = path.join(sub, `job-${i}.nomad.hcl`);
    writeFileSync(file, `job "bench-${i}" {\n  datacenters = ["dc1"]\n\n${groups.join("\n\n")}\n}\n`);
    files.push(file);
  }
  return files;
}
