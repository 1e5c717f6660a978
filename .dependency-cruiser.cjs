/**
 * The architecture, held by dependency-cruiser in `npm test` (see ARCHITECTURE.md): imports
 * run one way, from the surfaces down to util, never back up, and never in a cycle. Rules
 * import only the engine's rule API; formatters import only results and util.
 */
const LAYERS = [
  ["src/cli", "src/action", "src/lsp", "src/index\\.ts"],
  ["src/run"],
  ["src/config", "src/fix"],
  ["src/engine"],
  ["src/parse", "src/eval", "src/schema", "src/drivers", "src/edit", "src/formatters"],
  ["src/model", "src/results"],
  ["src/util", "src/generated"],
];

const folder = (paths) => `^(${paths.join("|")})(/|$)`;

/** A module may import its own layer and those below; importing a layer above is an error. */
const layerRules = LAYERS.slice(1).map((layer, i) => ({
  name: `layer-${i + 1}-imports-upward`,
  comment: `${layer.join(", ")} must not import ${LAYERS.slice(0, i + 1).flat().join(", ")}: imports run downward only`,
  severity: "error",
  from: { path: folder(layer) },
  to: { path: folder(LAYERS.slice(0, i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    { name: "no-circular", comment: "modules that import each other", severity: "error", from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: "rules-use-the-rule-api",
      comment: "a rule imports only src/engine/api.ts (and nothing of the engine's mechanism)",
      severity: "error",
      from: { path: "^rules/" },
      to: { path: "^src/", pathNot: "^src/engine/api\\.ts$" },
    },
    {
      name: "engine-never-imports-rules",
      comment: "the run hands the rule list to the engine",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/(run|index\\.ts)" },
      to: { path: "^rules/" },
    },
    {
      name: "formatters-read-results",
      comment: "formatters are pure functions of results: they import results and util only",
      severity: "error",
      from: { path: "^src/formatters/" },
      to: { path: "^src/", pathNot: "^src/(formatters|results|util)/" },
    },
    {
      name: "peers-stay-apart",
      comment: "parse, eval, schema, drivers and edit do not import the formatters",
      severity: "error",
      from: { path: "^src/(parse|eval|schema|drivers|edit)/" },
      to: { path: "^src/formatters/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|test|scripts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
