/**
 * JSON Schema of a load profile (src/workloads/profiles.ts), shared by every workload kind that
 * has one. A `discriminator` on `type` makes ajv check only the branch the user chose, so an error
 * speaks of that profile instead of listing why each of the seven others does not match.
 */
const posInt = { type: 'integer', minimum: 1 }
const ms = { type: 'number', minimum: 0 }

export const loadProfileSchema = {
  type: 'object',
  description:
    'Load profile: when operations start (parallel, sequential, burst, sustained, batch, ordered, clients).',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [
    {
      additionalProperties: false,
      required: ['type', 'count'],
      properties: { type: { const: 'parallel' }, count: posInt }
    },
    {
      additionalProperties: false,
      required: ['type', 'count'],
      properties: {
        type: { const: 'sequential' },
        count: posInt,
        blocking: { type: 'boolean' },
        intervalMs: ms
      }
    },
    {
      additionalProperties: false,
      required: ['type', 'bursts', 'size'],
      properties: { type: { const: 'burst' }, bursts: posInt, size: posInt, pauseMs: ms }
    },
    {
      additionalProperties: false,
      required: ['type', 'rate', 'durationS'],
      properties: {
        type: { const: 'sustained' },
        rate: { type: 'number', exclusiveMinimum: 0 },
        durationS: { type: 'number', exclusiveMinimum: 0 },
        maxInFlight: posInt
      }
    },
    {
      additionalProperties: false,
      required: ['type', 'count'],
      properties: { type: { const: 'batch' }, count: posInt, size: posInt }
    },
    {
      additionalProperties: false,
      required: ['type', 'count'],
      properties: { type: { const: 'ordered' }, count: posInt }
    },
    {
      additionalProperties: false,
      required: ['type', 'clients', 'requests'],
      properties: { type: { const: 'clients' }, clients: posInt, requests: posInt }
    }
  ]
} as const
