/**
 * JSON Schemas of perf-gate.yml. The top level and the keys common to every workload are checked
 * first; then each workload is checked against the schema of its `kind`, so an error speaks of the
 * one kind the user meant instead of listing why every kind failed (which is what a `oneOf` says).
 */
import { commandWorkloadSchema, commonKindProperties, importWorkloadSchema } from './kinds.js'

/** Keys shared by every workload kind. */
export const commonWorkloadProperties = commonKindProperties

export const topLevelSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['workloads'],
  properties: {
    version: { const: 1, description: 'Config format version (1).' },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        repetitions: commonWorkloadProperties.repetitions,
        warmup: commonWorkloadProperties.warmup,
        threshold: commonWorkloadProperties.threshold,
        thresholds: commonWorkloadProperties.thresholds,
        budgets: commonWorkloadProperties.budgets,
        gate: commonWorkloadProperties.gate,
        history: { type: 'integer', minimum: 1, maximum: 1000 },
        seed: { type: 'integer' },
        compare: { enum: ['baseline', 'base-ref'] },
        'base-ref': { type: 'string', minLength: 1 },
        setup: { type: 'string' },
        pairs: { type: 'integer', minimum: 2, maximum: 100 },
        // Sequential rule of compare: base-ref: stop after min-pairs when clear, extend to max-pairs when ambiguous.
        'min-pairs': { type: 'integer', minimum: 2, maximum: 100 },
        'max-pairs': { type: 'integer', minimum: 2, maximum: 100 }
      }
    },
    printers: { type: 'object', additionalProperties: { type: 'object' } },
    services: { type: 'object', additionalProperties: { type: 'object' } },
    workloads: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'kind'],
        properties: {
          name: commonWorkloadProperties.name,
          kind: { type: 'string' }
        }
      }
    }
  }
} as const

/** Schema of each workload kind, by `kind`. Other modules register theirs in src/config/registry.ts. */
export const builtinKindSchemas: Record<string, object> = {
  command: commandWorkloadSchema,
  import: importWorkloadSchema
}
