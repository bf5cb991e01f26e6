/** JSON Schemas of perf-gate's own files: results (perf-results.json) and baselines. */

const summary = {
  type: ['object', 'null'],
  required: ['count', 'min', 'max', 'mean', 'p50', 'p95'],
  properties: {
    count: { type: 'number' },
    min: { type: 'number' },
    max: { type: 'number' },
    mean: { type: 'number' },
    p50: { type: 'number' },
    p95: { type: 'number' }
  }
}

const metric = {
  type: 'object',
  required: ['unit', 'direction', 'value', 'repetitions'],
  properties: {
    unit: { type: 'string' },
    direction: { enum: ['smaller', 'bigger'] },
    value: { type: ['number', 'null'] },
    repetitions: { type: 'array', items: { type: ['number', 'null'] } },
    gate: { type: 'boolean' }
  }
}

const environment = {
  type: 'object',
  required: ['os', 'cpuModel', 'cores', 'fingerprint'],
  properties: {
    os: { type: 'string' },
    arch: { type: 'string' },
    cpuModel: { type: 'string' },
    cores: { type: 'number' },
    memoryBytes: { type: 'number' },
    node: { type: 'string' },
    runner: { type: 'string' },
    fingerprint: { type: 'string' }
  }
}

export const resultsSchema = {
  type: 'object',
  required: ['schemaVersion', 'tool', 'createdAt', 'environment', 'workloads'],
  properties: {
    schemaVersion: { const: 1 },
    tool: { type: 'object', required: ['name', 'version'] },
    createdAt: { type: 'string' },
    commit: { type: 'string' },
    ref: { type: 'string' },
    interrupted: { const: true },
    environment,
    workloads: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'status', 'definitionHash', 'metrics', 'checks', 'repetitions'],
        properties: {
          name: { type: 'string', minLength: 1 },
          kind: { enum: ['command', 'import', 'printer', 'service'] },
          status: { enum: ['ok', 'failed', 'error'] },
          error: { type: 'string' },
          definitionHash: { type: 'string' },
          repetitions: { type: 'array' },
          pooled: summary,
          metrics: { type: 'object', additionalProperties: metric },
          checks: {
            type: 'array',
            items: { type: 'object', required: ['name', 'passed', 'message'] }
          }
        }
      }
    }
  }
}

export const baselineSchema = {
  type: 'object',
  required: [
    'schemaVersion',
    'workload',
    'definitionHash',
    'environment',
    'updatedAt',
    'metrics',
    'history'
  ],
  properties: {
    schemaVersion: { const: 1 },
    workload: { type: 'string', minLength: 1 },
    definitionHash: { type: 'string' },
    environment,
    commit: { type: 'string' },
    ref: { type: 'string' },
    updatedAt: { type: 'string' },
    metrics: { type: 'object', additionalProperties: metric },
    history: {
      type: 'array',
      items: {
        type: 'object',
        required: ['date', 'values'],
        properties: {
          date: { type: 'string' },
          commit: { type: 'string' },
          environment: { type: 'string' },
          values: { type: 'object', additionalProperties: { type: ['number', 'null'] } }
        }
      }
    }
  }
}

/** Generic samples format: the simplest way for any tool to feed the gate. */
export const samplesSchema = {
  type: 'object',
  required: ['benchmarks'],
  properties: {
    name: { type: 'string' },
    benchmarks: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          unit: { type: 'string' },
          direction: { enum: ['smaller', 'bigger'] },
          samples: { type: 'array', minItems: 1, items: { type: 'number' } },
          runs: {
            type: 'array',
            minItems: 1,
            items: { type: 'array', minItems: 1, items: { type: 'number' } }
          }
        },
        oneOf: [{ required: ['samples'] }, { required: ['runs'] }]
      }
    }
  }
}
