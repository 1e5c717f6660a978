import type { DocLink } from "./rule.js";

/** The last Nomad docs that describe remote task drivers (the page was removed in 1.9). */
export const REMOTE_DRIVERS_DOC: DocLink = {
  title: "Remote Task Drivers (Nomad 1.8 plugin docs)",
  url: "https://developer.hashicorp.com/nomad/plugins/v1.8.x/drivers/remote",
};

/** The job-specification page of a block, in the Nomad 1.8 docs. */
export function jobspecDoc(block: string): DocLink {
  return {
    title: `${block} block (Nomad job specification)`,
    url: `https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/${block}`,
  };
}
