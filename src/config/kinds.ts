/** JSON Schemas of the `command` and `import` workload kinds. */
import { IMPORT_FORMATS } from '../results/formats.js'

/** How a percentage is written, for messages. */
const PERCENT = 'a percentage such as 10 or 10%'

const common = {
  name: { type: 'string', minLength: 1, maxLength: 100 },
  kind: { type: 'string' },
  description: { type: 'string' },
  repetitions: { type: 'integer', minimum: 1, maximum: 1000 },
  warmup: { type: 'integer', minimum: 0, maximum: 100 },
  threshold: {
    anyOf: [
      { type: 'number', minimum: 0 },
      { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$', description: PERCENT }
    ]
  },
  thresholds: {
    type: 'object',
    additionalProperties: {
      anyOf: [
        { type: 'number', minimum: 0 },
        { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*%?\\s*$', description: PERCENT }
      ]
    }
  },
  budgets: { type: 'array', items: { type: 'string', minLength: 3 } },
  gate: { type: 'array', items: { type: 'string', minLength: 1 } },
  seed: { type: 'integer' }
}

const processKeys = {
  timeoutMs: {
    type: 'integer',
    minimum: 1,
    description: 'Per-run timeout in ms (default 600000).'
  },
  env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
  cwd: { type: 'string', description: 'Working directory, relative to the config file.' }
}

export const commandWorkloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'command'],
  properties: {
    ...common,
    kind: { const: 'command' },
    command: {
      type: 'string',
      minLength: 1,
      description: 'Shell command (sh -c), timed per iteration.'
    },
    iterations: {
      type: 'integer',
      minimum: 1,
      maximum: 100000,
      description: 'Timed runs per repetition (default 1).'
    },
    ...processKeys
  }
}

export const importWorkloadSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind', 'file'],
  properties: {
    ...common,
    kind: { const: 'import' },
    file: { type: 'string', minLength: 1, description: 'Results file of another tool.' },
    format: {
      enum: [...IMPORT_FORMATS],
      description: 'Which tool wrote `file` (default auto: told from the content).'
    },
    command: {
      type: 'string',
      minLength: 1,
      description: 'Writes `file`; run once per repetition.'
    },
    ...processKeys
  }
}

export { common as commonKindProperties }
