// Injected into the GitHub Action's CommonJS bundle, where import.meta.url does not exist.
export const importMetaUrl = require("node:url").pathToFileURL(__filename).href;
