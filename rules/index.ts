import type { Rule } from "../src/engine/api.js";
import remoteArtifact from "./remote-artifact.js";
import remoteConnect from "./remote-connect.js";
import remoteDispatchPayload from "./remote-dispatch-payload.js";
import remoteEphemeralDisk from "./remote-ephemeral-disk.js";
import remoteNetwork from "./remote-network.js";
import remoteResources from "./remote-resources.js";
import remoteTemplate from "./remote-template.js";
import remoteVault from "./remote-vault.js";
import remoteVolume from "./remote-volume.js";
import unknownDriver from "./unknown-driver.js";

/** Every rule, in the order of the README's rule table. */
export const rules: readonly Rule[] = [
  remoteArtifact,
  remoteTemplate,
  remoteDispatchPayload,
  remoteVolume,
  remoteEphemeralDisk,
  remoteConnect,
  remoteNetwork,
  remoteVault,
  remoteResources,
  unknownDriver,
];
