/**
 * The block structure of a Nomad HCL2 jobspec: which blocks may appear inside which, and
 * how many labels each takes. Kinds name a body shape; the same block name can have
 * different shapes in different places (a group `service` and an ingress `service`).
 *
 * Sources: the `Placement` lines of Nomad's job-specification docs and the `hcl:` tags of
 * `api/*.go` (1.1 to 1.10).
 */
export interface ChildSpec {
  /** The kind of the child's body. */
  readonly kind: string;
  /** Number of labels the block takes. */
  readonly labels: number;
}

export interface KindSpec {
  readonly blocks: Readonly<Record<string, ChildSpec>>;
  /** The body is owned by a driver or free-form: its content has no Nomad schema. */
  readonly opaque?: true;
}

const block = (kind: string, labels = 0): ChildSpec => ({ kind, labels });
const leaf = block("leaf");
const opaque = block("opaque");

const constraintLike = { constraint: leaf, affinity: leaf } as const;

export const JOBSPEC: Readonly<Record<string, KindSpec>> = {
  root: {
    blocks: {
      job: block("job", 1),
      variable: block("variable", 1),
      variables: opaque,
      locals: opaque,
    },
  },
  variable: { blocks: { validation: leaf } },
  job: {
    blocks: {
      group: block("group", 1),
      task: block("task", 1),
      vault: leaf,
      ...constraintLike,
      spread: block("spread"),
      update: leaf,
      migrate: leaf,
      reschedule: leaf,
      periodic: leaf,
      parameterized: leaf,
      multiregion: block("multiregion"),
      meta: opaque,
      ui: block("ui"),
      consul: leaf,
    },
  },
  group: {
    blocks: {
      task: block("task", 1),
      network: block("network"),
      service: block("service"),
      volume: block("volume", 1),
      ephemeral_disk: leaf,
      vault: leaf,
      consul: leaf,
      ...constraintLike,
      spread: block("spread"),
      restart: leaf,
      reschedule: leaf,
      update: leaf,
      migrate: leaf,
      scaling: block("group_scaling"),
      disconnect: leaf,
      meta: opaque,
    },
  },
  task: {
    blocks: {
      artifact: block("artifact"),
      template: block("template"),
      dispatch_payload: leaf,
      volume_mount: leaf,
      vault: leaf,
      resources: block("resources"),
      service: block("service"),
      identity: leaf,
      consul: leaf,
      csi_plugin: leaf,
      logs: leaf,
      lifecycle: leaf,
      restart: leaf,
      ...constraintLike,
      scaling: block("task_scaling", 1),
      config: opaque,
      env: opaque,
      meta: opaque,
      action: block("leaf", 1),
      schedule: block("schedule"),
    },
  },
  resources: { blocks: { network: block("network"), device: block("device", 1), numa: leaf } },
  device: { blocks: constraintLike },
  network: { blocks: { port: block("leaf", 1), dns: leaf, cni: leaf } },
  service: {
    blocks: {
      check: block("check"),
      connect: block("connect"),
      check_restart: leaf,
      identity: leaf,
      meta: opaque,
      canary_meta: opaque,
      tagged_addresses: opaque,
    },
  },
  check: { blocks: { check_restart: leaf, header: opaque } },
  connect: {
    blocks: { sidecar_service: block("sidecar_service"), sidecar_task: block("sidecar_task"), gateway: block("gateway") },
  },
  sidecar_service: { blocks: { proxy: block("proxy"), meta: opaque } },
  sidecar_task: {
    blocks: { resources: block("resources"), logs: leaf, config: opaque, env: opaque, meta: opaque, volume_mount: leaf },
  },
  proxy: {
    blocks: { upstreams: block("upstreams"), expose: block("expose"), config: opaque, transparent_proxy: leaf },
  },
  upstreams: { blocks: { mesh_gateway: leaf, config: opaque } },
  expose: { blocks: { path: leaf } },
  gateway: {
    blocks: { proxy: block("gateway_proxy"), ingress: block("ingress"), terminating: block("terminating"), mesh: leaf },
  },
  gateway_proxy: { blocks: { address: leaf, config: opaque } },
  ingress: { blocks: { tls: leaf, listener: block("listener") } },
  listener: { blocks: { service: leaf } },
  terminating: { blocks: { service: leaf } },
  artifact: { blocks: { options: opaque, headers: opaque } },
  template: { blocks: { wait: leaf, change_script: leaf } },
  volume: { blocks: { mount_options: leaf } },
  group_scaling: { blocks: { policy: opaque } },
  task_scaling: { blocks: { policy: opaque } },
  spread: { blocks: { target: block("leaf", 1) } },
  multiregion: { blocks: { strategy: leaf, region: block("leaf", 1) } },
  ui: { blocks: { link: leaf } },
  schedule: { blocks: { cron: leaf } },
  leaf: { blocks: {} },
  opaque: { blocks: {}, opaque: true },
};

/** Kinds under which `dynamic` blocks are not expanded: bodies opaque to Nomad. */
export function isOpaqueKind(kind: string): boolean {
  return JOBSPEC[kind]?.opaque === true;
}
