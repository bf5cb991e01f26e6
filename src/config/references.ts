/**
 * What a config's templates and workloads refer to: the services a selection of workloads needs,
 * and the environment variables a run needs. Pure (the caller passes the environment) and light,
 * so `validate` can use it without loading the fixtures.
 */
import { templateReferences } from './template.js'
import type { LoadedConfig, WorkloadDef } from './types.js'
import type { ConfigIssue } from './validate.js'

/**
 * The services a selection of workloads needs (`--only`, `--shard`): those a workload names as
 * its `service` or in a template (`${services.api.url}`), and those these services name in
 * their own templates, transitively.
 */
export function servicesNeeded(
  workloads: WorkloadDef[],
  services: Record<string, unknown>
): Set<string> {
  const mentioned = (v: unknown): string[] =>
    [...JSON.stringify(v).matchAll(/\$\{\s*services\.([\w-]+)/g)].map((m) => m[1])
  const need = new Set<string>()
  const queue: string[] = []
  for (const w of workloads) {
    const named = (w as { service?: unknown }).service
    queue.push(...(typeof named === 'string' ? [named] : []), ...mentioned(w))
  }
  while (queue.length) {
    const name = queue.pop()!
    if (need.has(name) || !(name in services)) continue
    need.add(name)
    queue.push(...mentioned(services[name]))
  }
  return need
}

/**
 * `${env.NAME}` references (without a `:-default`) whose variable is not set, in the selected
 * workloads, the printers and the services that will start. Checked before anything runs, so a
 * missing secret fails the run at once instead of after the workloads before it have run.
 * A variable set to the empty string counts as set (the template then renders as empty).
 *
 * @param only the selected workloads when the run is partial (`--only`, `--shard`); undefined
 *   when every workload runs (then every service starts).
 */
export function unsetEnvironment(
  loaded: LoadedConfig,
  selected: WorkloadDef[],
  env: NodeJS.ProcessEnv,
  only?: WorkloadDef[]
): ConfigIssue[] {
  const issues: ConfigIssue[] = []
  const seen = new Set<string>()
  const visit = (v: unknown, where: string): void => {
    if (typeof v === 'string') {
      for (const ref of templateReferences(v)) {
        const [root, name, ...more] = ref.path.split('.')
        if (root !== 'env' || name === undefined || more.length || ref.fallback !== undefined)
          continue
        if (env[name] !== undefined || seen.has(`${where}\0${name}`)) continue
        seen.add(`${where}\0${name}`)
        issues.push({
          path: where,
          message:
            `environment variable ${name} is not set (used as \${env.${name}}). Set it where perf-gate runs ` +
            `(in a workflow: an \`env:\` entry on the perf-gate step), or give a default: \${env.${name}:-value}.`
        })
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`))
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, `${where}.${k}`)
  }
  for (const [name, def] of Object.entries(loaded.config.printers)) visit(def, `printers.${name}`)
  const wanted = only ? servicesNeeded(only, loaded.config.services) : undefined
  for (const [name, def] of Object.entries(loaded.config.services))
    if (!wanted || wanted.has(name)) visit(def, `services.${name}`)
  for (const w of selected) visit(w, `workloads.${w.name}`)
  return issues
}
