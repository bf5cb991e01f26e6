/**
 * Schemas contributed by the workload kinds and fixtures beyond the built-in command and import
 * kinds. Kept in one place so the validator stays pure and knows every kind.
 */
import { serviceFixtureSchema, serviceWorkloadSchema } from '../fixtures/config.js'
import { printerFixtureSchema, printerWorkloadSchema } from '../printer/config.js'
import type { SchemaRegistry } from './validate.js'

export const registry: SchemaRegistry = {
  kinds: { printer: printerWorkloadSchema, service: serviceWorkloadSchema },
  printer: printerFixtureSchema,
  service: serviceFixtureSchema
}
