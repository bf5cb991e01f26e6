/**
 * Schemas contributed by the workload kinds and fixtures beyond the built-in command and import
 * kinds. Kept in one place so the validator stays pure and knows every kind.
 */
import type { SchemaRegistry } from './validate.js'

export const registry: SchemaRegistry = {
  kinds: {}
}
