import type { Rule } from "../src/engine/api.js";
import driverConfig from "./driver-config.js";
import remoteArtifact from "./remote-artifact.js";
import remoteConnect from "./remote-connect.js";
import remoteDispatchPayload from "./remote-dispatch-payload.js";
import remoteEphemeralDisk from "./remote-ephemeral-disk.js";
import remoteNetwork from "./remote-network.js";
import remoteResources from "./remote-resources.js";
import remoteTemplate from "./remote-template.js";
import remoteVault from "./remote-vault.js";
import remoteVolume from "./remote-volume.js";
import remoteConsulToken from "./remote-consul-token.js";
import remoteCsiPlugin from "./remote-csi-plugin.js";
import remoteIdentityFile from "./remote-identity-file.js";
import remoteLogs from "./remote-logs.js";
import remotePinnedNode from "./remote-pinned-node.js";
import remoteTasksRemoved from "./remote-tasks-removed.js";
import remoteTasksUnavailable from "./remote-tasks-unavailable.js";
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
  remoteIdentityFile,
  remoteConsulToken,
  remoteCsiPlugin,
  remoteLogs,
  remotePinnedNode,
  remoteTasksRemoved,
  remoteTasksUnavailable,
  unknownDriver,
  driverConfig,
];
