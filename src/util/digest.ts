import * as crypto from "node:crypto";

type Encoding = "hex" | "base64";

/** crypto.hash (Node 20.12 and later): a one-shot digest without a Hash object and its stream. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: Encoding) => string }).hash;

/** The digest of `data`, one call, in `encoding`. */
export function digest(algorithm: "sha1" | "sha256", data: string | Uint8Array, encoding: Encoding): string {
  return oneShot !== undefined ? oneShot(algorithm, data, encoding) : crypto.createHash(algorithm).update(data).digest(encoding);
}
