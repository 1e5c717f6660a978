import ajvModule, { type Options } from "ajv";

// ajv is CommonJS: under Node's ESM loader its default import is `module.exports`, whose
// `default` is the class. It is loaded only where a schema is compiled at run time.
const Ajv = ajvModule.default;

/** A new ajv instance with the settings every schema of the project is compiled with. */
export function createAjv(options: Options = {}): InstanceType<typeof Ajv> {
  return new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ...options });
}
