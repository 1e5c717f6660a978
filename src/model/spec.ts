/**
 * The structure of a Nomad HCL2 jobspec: which blocks and attributes may appear inside
 * which, how many labels a block takes, the type of each attribute, and the Nomad versions
 * that have them. Kinds name a body shape; one block name can have different shapes in
 * different places (a group `service` and an ingress `service`).
 *
 * Sources: the `hcl:` tags of `api/*.go` in hashicorp/nomad (jobs.go, tasks.go,
 * resources.go, services.go, consul.go) from 1.1 to 1.10, and the `Placement` lines of the
 * job-specification docs. The schema is the union over those versions; `since`/`until`
 * narrow it when the target version is known.
 */
export type AttrType = "string" | "number" | "bool" | "duration" | "list" | "map" | "any";

export interface AttrSpec {
  readonly type: AttrType;
  readonly since?: string;
  /** First version without it. */
  readonly until?: string;
}

export interface ChildSpec {
  /** The kind of the child's body. */
  readonly kind: string;
  /** Number of labels the block takes. */
  readonly labels: number;
  /** At most one such block per body. */
  readonly single?: true;
  readonly since?: string;
  readonly until?: string;
  /** The block may also be written as a map attribute (`meta = { ... }`). */
  readonly mapForm?: true;
}

export interface KindSpec {
  readonly attributes: Readonly<Record<string, AttrSpec>>;
  readonly blocks: Readonly<Record<string, ChildSpec>>;
  /** Attributes that must be set. */
  readonly required?: readonly string[];
  /** The body is owned by a driver or free-form: its content has no Nomad schema. */
  readonly opaque?: true;
  /** Deeply nested Consul structures: known names are checked, unknown ones let through. */
  readonly lenient?: true;
}

type Attrs = Record<string, AttrSpec | AttrType>;

function attrs(a: Attrs): Record<string, AttrSpec> {
  const out: Record<string, AttrSpec> = {};
  for (const [k, v] of Object.entries(a)) out[k] = typeof v === "string" ? { type: v } : v;
  return out;
}

const block = (kind: string, labels = 0, extra: Partial<ChildSpec> = {}): ChildSpec => ({ kind, labels, ...extra });
const one = (kind: string, extra: Partial<ChildSpec> = {}): ChildSpec => ({ kind, labels: 0, single: true, ...extra });
const map = (): ChildSpec => ({ kind: "opaque", labels: 0, single: true, mapForm: true });
const opaqueBlock = one("opaque");

function kind(a: Attrs, blocks: Record<string, ChildSpec> = {}, extra: Partial<KindSpec> = {}): KindSpec {
  return { attributes: attrs(a), blocks, ...extra };
}

const placement = { constraint: block("constraint"), affinity: block("affinity") } as const;

const DURATION: AttrType = "duration";

export const JOBSPEC: Readonly<Record<string, KindSpec>> = {
  root: kind({}, { job: block("job", 1, { single: true }), variable: block("variable", 1), variables: opaqueBlock, locals: block("opaque") }),
  variable: kind({ type: "any", default: "any", description: "string", sensitive: "bool", nullable: "bool" }, { validation: block("validation") }),
  validation: kind({ condition: "any", error_message: "string" }),
  job: kind(
    {
      region: "string",
      namespace: "string",
      id: "string",
      name: "string",
      type: "string",
      priority: "number",
      all_at_once: "bool",
      datacenters: "list",
      node_pool: { type: "string", since: "1.6.0" },
      consul_token: { type: "string", until: "1.10.0" },
      vault_token: { type: "string", until: "1.10.0" },
      consul_namespace: "string",
      vault_namespace: "string",
    },
    {
      group: block("group", 1),
      task: block("task", 1),
      vault: one("vault"),
      ...placement,
      spread: block("spread"),
      update: one("update"),
      migrate: one("migrate"),
      reschedule: one("reschedule"),
      periodic: one("periodic"),
      parameterized: one("parameterized"),
      multiregion: one("multiregion"),
      meta: map(),
      ui: one("ui", { since: "1.8.0" }),
    },
  ),
  group: kind(
    {
      count: "number",
      shutdown_delay: DURATION,
      stop_after_client_disconnect: DURATION,
      max_client_disconnect: DURATION,
      prevent_reschedule_on_lost: "bool",
      max_run_duration: { type: DURATION, since: "1.11.0" },
    },
    {
      task: block("task", 1),
      network: block("network"),
      service: block("service"),
      volume: block("volume", 1),
      ephemeral_disk: one("ephemeral_disk"),
      vault: one("vault"),
      consul: one("consul"),
      ...placement,
      spread: block("spread"),
      restart: one("restart"),
      reschedule: one("reschedule"),
      update: one("update"),
      migrate: one("migrate"),
      scaling: one("group_scaling"),
      disconnect: one("disconnect", { since: "1.8.0" }),
      meta: map(),
    },
  ),
  task: kind(
    {
      driver: "string",
      user: "string",
      kill_timeout: DURATION,
      leader: "bool",
      shutdown_delay: DURATION,
      kill_signal: "string",
      kind: "string",
    },
    {
      artifact: block("artifact"),
      template: block("template"),
      dispatch_payload: one("dispatch_payload"),
      volume_mount: block("volume_mount"),
      vault: one("vault"),
      resources: one("resources"),
      service: block("service"),
      identity: block("identity", 0, { since: "1.5.0" }),
      consul: one("consul", { since: "1.7.0" }),
      csi_plugin: one("csi_plugin"),
      logs: one("logs"),
      lifecycle: one("lifecycle"),
      restart: one("restart"),
      ...placement,
      scaling: block("task_scaling", 1),
      config: opaqueBlock,
      env: map(),
      meta: map(),
      action: block("action", 1, { since: "1.7.0" }),
      schedule: one("schedule", { since: "1.9.0" }),
      secret: block("secret", 1, { since: "1.11.0" }),
    },
    { required: ["driver"] },
  ),
  artifact: kind(
    { source: "string", destination: "string", mode: "string", insecure: { type: "bool", since: "1.8.0" }, chown: { type: "bool", since: "1.10.0" } },
    { options: map(), headers: map() },
  ),
  template: kind(
    {
      source: "string",
      destination: "string",
      data: "string",
      change_mode: "string",
      change_signal: "string",
      splay: DURATION,
      perms: "string",
      uid: "number",
      gid: "number",
      left_delimiter: "string",
      right_delimiter: "string",
      env: "bool",
      vault_grace: DURATION,
      error_on_missing_key: "bool",
      once: "bool",
    },
    { wait: one("template_wait"), change_script: one("change_script") },
  ),
  template_wait: kind({ min: DURATION, max: DURATION }),
  change_script: kind({ command: "string", args: "list", timeout: DURATION, fail_on_error: "bool" }),
  dispatch_payload: kind({ file: "string" }),
  volume: kind(
    {
      type: "string",
      source: "string",
      read_only: "bool",
      access_mode: "string",
      attachment_mode: "string",
      per_alloc: "bool",
      sticky: { type: "bool", since: "1.10.0" },
    },
    { mount_options: one("mount_options") },
  ),
  mount_options: kind({ fs_type: "string", mount_flags: "list" }),
  volume_mount: kind({ volume: "string", destination: "string", read_only: "bool", propagation_mode: "string", selinux_label: "string" }),
  vault: kind({
    policies: "list",
    role: "string",
    namespace: "string",
    cluster: "string",
    env: "bool",
    disable_file: "bool",
    change_mode: "string",
    change_signal: "string",
    allow_token_expiration: "bool",
  }),
  consul: kind({ namespace: "string", cluster: "string", partition: "string" }),
  identity: kind({
    name: "string",
    aud: "list",
    change_mode: "string",
    change_signal: "string",
    env: "bool",
    file: "bool",
    filepath: "string",
    service_name: "string",
    ttl: DURATION,
  }),
  csi_plugin: kind({ id: "string", type: "string", mount_dir: "string", stage_publish_base_dir: "string", health_timeout: DURATION }),
  logs: kind({ max_files: "number", max_file_size: "number", enabled: "bool", disabled: "bool" }),
  lifecycle: kind({ hook: "string", sidecar: "bool" }),
  restart: kind({ interval: DURATION, attempts: "number", delay: DURATION, mode: "string", render_templates: "bool" }),
  reschedule: kind({ attempts: "number", interval: DURATION, delay: DURATION, delay_function: "string", max_delay: DURATION, unlimited: "bool" }),
  migrate: kind({ max_parallel: "number", health_check: "string", min_healthy_time: DURATION, healthy_deadline: DURATION }),
  update: kind({
    stagger: DURATION,
    max_parallel: "number",
    health_check: "string",
    min_healthy_time: DURATION,
    healthy_deadline: DURATION,
    progress_deadline: DURATION,
    canary: "number",
    auto_revert: "bool",
    auto_promote: "bool",
  }),
  ephemeral_disk: kind({ sticky: "bool", migrate: "bool", size: "number" }),
  disconnect: kind({ lost_after: DURATION, stop_on_client_after: DURATION, replace: "bool", reconcile: "string" }),
  periodic: kind({ cron: "string", crons: { type: "list", since: "1.6.0" }, prohibit_overlap: "bool", time_zone: "string", enabled: "bool" }),
  parameterized: kind({ payload: "string", meta_required: "list", meta_optional: "list" }),
  multiregion: kind({}, { strategy: one("multiregion_strategy"), region: block("multiregion_region", 1) }),
  multiregion_strategy: kind({ max_parallel: "number", on_failure: "string" }),
  multiregion_region: kind({ count: "number", datacenters: "list", node_pool: "string" }, { meta: map() }),
  ui: kind({ description: "string" }, { link: block("ui_link") }),
  ui_link: kind({ label: "string", url: "string" }),
  constraint: kind({
    attribute: "string",
    operator: "string",
    value: "string",
    version: "string",
    semver: "string",
    regexp: "string",
    distinct_hosts: "bool",
    distinct_property: "string",
    set_contains: "string",
    set_contains_any: "string",
    set_contains_all: "string",
  }),
  affinity: kind({
    attribute: "string",
    operator: "string",
    value: "string",
    weight: "number",
    version: "string",
    semver: "string",
    regexp: "string",
    set_contains: "string",
    set_contains_any: "string",
    set_contains_all: "string",
  }),
  spread: kind({ attribute: "string", weight: "number" }, { target: block("spread_target", 1) }),
  spread_target: kind({ percent: "number" }),
  group_scaling: kind({ min: "number", max: "number", enabled: "bool" }, { policy: opaqueBlock }),
  task_scaling: kind({ min: "number", max: "number", enabled: "bool" }, { policy: opaqueBlock }),
  action: kind({ command: "string", args: "list" }),
  secret: kind({ provider: "string", path: "string" }, { config: map(), env: map() }),
  schedule: kind({}, { cron: one("schedule_cron") }),
  schedule_cron: kind({ start: "string", end: "string", timezone: "string" }),
  resources: kind(
    {
      cpu: "number",
      cores: "number",
      memory: "number",
      memory_max: "number",
      disk: "number",
      iops: "number",
      secrets: { type: "number", since: "1.9.0" },
    },
    { network: block("network"), device: block("device", 1), numa: one("numa", { since: "1.7.0" }) },
  ),
  numa: kind({ affinity: "string", devices: "list" }),
  device: kind({ count: "number" }, placement),
  network: kind(
    { mode: "string", device: "string", cidr: "string", ip: "string", hostname: "string", mbits: "number" },
    { port: block("port", 1), reserved_ports: block("port", 1), dns: one("dns"), cni: one("cni", { since: "1.8.0" }) },
  ),
  port: kind({ static: "number", to: "number", host_network: "string", ignore_collision: "bool" }),
  dns: kind({ servers: "list", searches: "list", options: "list" }),
  cni: kind({ args: "map" }),
  service: kind(
    {
      name: "string",
      tags: "list",
      canary_tags: "list",
      enable_tag_override: "bool",
      port: "string",
      address_mode: "string",
      address: "string",
      task: "string",
      on_update: "string",
      provider: "string",
      cluster: "string",
    },
    {
      check: block("check"),
      check_restart: one("check_restart"),
      connect: one("connect"),
      identity: one("identity"),
      weights: one("weights"),
      meta: map(),
      canary_meta: map(),
      tagged_addresses: map(),
    },
  ),
  weights: kind({ passing: "number", warning: "number" }),
  check: kind(
    {
      name: "string",
      type: "string",
      command: "string",
      args: "list",
      path: "string",
      protocol: "string",
      port: "string",
      expose: "bool",
      address_mode: "string",
      advertise: "string",
      interval: DURATION,
      timeout: DURATION,
      initial_status: "string",
      notes: "string",
      tls_server_name: "string",
      tls_skip_verify: "bool",
      method: "string",
      grpc_service: "string",
      grpc_use_tls: "bool",
      task: "string",
      success_before_passing: "number",
      failures_before_critical: "number",
      failures_before_warning: "number",
      body: "string",
      on_update: "string",
    },
    { check_restart: one("check_restart"), header: map() },
  ),
  check_restart: kind({ limit: "number", grace: DURATION, ignore_warnings: "bool" }),
  connect: kind({ native: "bool" }, { sidecar_service: one("sidecar_service"), sidecar_task: one("sidecar_task"), gateway: one("gateway") }),
  sidecar_service: kind({ tags: "list", port: "string", disable_default_tcp_check: "bool" }, { proxy: one("proxy"), meta: map() }),
  sidecar_task: kind(
    { name: "string", driver: "string", user: "string", kill_timeout: DURATION, shutdown_delay: DURATION, kill_signal: "string" },
    { config: opaqueBlock, env: map(), resources: one("resources"), meta: map(), logs: one("logs"), volume_mount: block("volume_mount") },
  ),
  proxy: kind(
    { local_service_address: "string", local_service_port: "number" },
    { upstreams: block("upstreams"), expose: one("expose"), transparent_proxy: one("transparent_proxy", { since: "1.8.0" }), config: map() },
  ),
  upstreams: kind(
    {
      destination_name: "string",
      destination_namespace: "string",
      destination_peer: "string",
      destination_partition: "string",
      destination_type: "string",
      local_bind_port: "number",
      datacenter: "string",
      local_bind_address: "string",
      local_bind_socket_path: "string",
      local_bind_socket_mode: "string",
    },
    { mesh_gateway: one("mesh_gateway"), config: map() },
  ),
  mesh_gateway: kind({ mode: "string" }),
  expose: kind({}, { path: block("expose_path") }),
  expose_path: kind({ path: "string", protocol: "string", local_path_port: "number", listener_port: "string" }),
  transparent_proxy: kind({
    uid: "string",
    outbound_port: "number",
    exclude_inbound_ports: "list",
    exclude_outbound_ports: "list",
    exclude_outbound_cidrs: "list",
    exclude_uids: "list",
    no_dns: "bool",
  }),
  gateway: kind({}, { proxy: one("gateway_proxy"), ingress: one("lenient"), terminating: one("lenient"), mesh: one("lenient") }),
  gateway_proxy: kind(
    {
      connect_timeout: DURATION,
      envoy_gateway_bind_tagged_addresses: "bool",
      envoy_gateway_no_default_bind: "bool",
      envoy_dns_discovery_type: "string",
    },
    { envoy_gateway_bind_addresses: block("lenient", 1), config: map() },
  ),
  lenient: kind({}, {}, { lenient: true }),
  opaque: kind({}, {}, { opaque: true }),
};
