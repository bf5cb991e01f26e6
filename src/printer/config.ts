/**
 * perf-gate.yml schema fragments for virtual printers (`printers:`) and `printer` workloads, in
 * ajv draft-07 style, plus their TypeScript shapes. Pure data.
 */
import type { LoadProfile } from '../workloads/profiles.js'
import { loadProfileSchema } from '../workloads/profile-schema.js'
import { commonKindProperties } from '../config/kinds.js'
import { COMMAND_TYPES, KANJI_ENCODINGS, type CommandType, type KanjiEncoding } from './commands.js'
import type { JobSpec } from './generator.js'
import type { PrinterFault } from './status.js'

/** One entry of `printers:`. */
export interface PrinterFixtureDef {
  /** TCP port; 0 or absent picks a free one (`${printers.<name>.port}` gives it to templates). */
  port?: number
  host?: string
  /** Initial state: `online` (default) or a fault. */
  status?: 'online' | PrinterFault
  printSpeed?: { bytesPerSecond?: number; linesPerSecond?: number }
  acceptDelayMs?: number
  /** Largest payload a command may announce before it is skipped as `oversize` (default 524288). */
  maxPayloadBytes?: number
  /** Look for QR codes in raster images (default true). */
  decodeRasterQr?: boolean
  /** The double-byte character set of Kanji mode (FS &): gb18030 (default), shift_jis, big5, euc-kr. */
  kanjiEncoding?: KanjiEncoding
  /** Kanji mode on from the start and after ESC @, as on Chinese-market printers (default false). */
  kanjiOn?: boolean
  /** An open connection idle this long counts as leaked (default 1000). */
  leakAfterMs?: number
  /** Commands kept in the log for inspection (default 10000; counts are kept regardless). */
  keepCommands?: number
  /** Printed jobs kept in the history (default 200). */
  keepJobs?: number
}

/** A command count expectation: exact, or a range. */
export type CountExpectation = number | { min?: number; max?: number }

/** Expectations checked after each repetition of a printer workload. */
export interface PrinterExpectations {
  /** Commands by type at the printer in the repetition (e.g. `{ qr: 10, cut: 10 }`). */
  counts?: Partial<Record<CommandType, CountExpectation>>
  /** The same, per job sent (multiplied by the number of jobs). */
  countsPerJob?: Partial<Record<CommandType, number>>
  /**
   * The printer's commands of the types named here, in order, must equal this list exactly
   * (other types are ignored; use an ordered or blocking sequential profile so order is defined).
   */
  sequence?: CommandType[]
  /** The printer is online after the repetition (default true). */
  online?: boolean
  /** No connection stays open after the repetition (default true). */
  noLeaks?: boolean
  /** Every job sent was printed (default true). */
  allPrinted?: boolean
}

/** A `workloads:` entry with `kind: printer`. */
export interface PrinterWorkloadDef {
  name: string
  kind: 'printer'
  description?: string
  /** The virtual printer (a `printers:` name) that jobs go to, or where they are verified with `target`. */
  printer?: string
  /** "host:port" to send to instead (a print proxy under test that forwards to `printer`). */
  target?: string
  jobs?: JobSpec & { seed?: number }
  /** Default: DEFAULT_PROFILE (ten jobs, one at a time). */
  profile?: LoadProfile
  /** `per-job` (default): a new TCP connection per job; `persistent`: connections are reused. */
  connection?: 'per-job' | 'persistent'
  expect?: PrinterExpectations
  /** Time a job may take to print before it counts as a `timeout` error (default 10000 ms). */
  timeoutMs?: number
  repetitions?: number
  warmup?: number
  threshold?: number | string
  thresholds?: Record<string, number | string>
  budgets?: string[]
  gate?: string[]
  seed?: number
}

const FAULTS = ['offline', 'paper_out', 'paper_near_end', 'cover_open', 'cutter_error']

/** JSON Schema of one `printers:` entry. */
export const printerFixtureSchema: object = {
  type: 'object',
  additionalProperties: false,
  description: 'A virtual ESC/POS network printer started for the run.',
  properties: {
    port: {
      type: 'integer',
      minimum: 0,
      maximum: 65535,
      description: 'TCP port; 0 (default) picks a free one.'
    },
    host: {
      type: 'string',
      enum: ['127.0.0.1', 'localhost', '::1'],
      description: 'Loopback address (default 127.0.0.1).'
    },
    status: { enum: ['online', ...FAULTS], description: 'Initial state (default online).' },
    printSpeed: {
      type: 'object',
      additionalProperties: false,
      description: 'Shapes time-to-print like hardware.',
      properties: {
        bytesPerSecond: {
          type: 'number',
          minimum: 0,
          description: 'Receive/print rate (0: unlimited).'
        },
        linesPerSecond: {
          type: 'number',
          minimum: 0,
          description: 'Paper feed rate (0: unlimited).'
        }
      }
    },
    acceptDelayMs: {
      type: 'integer',
      minimum: 0,
      maximum: 60000,
      description: 'Delay before a new connection is read.'
    },
    maxPayloadBytes: {
      type: 'integer',
      minimum: 1024,
      maximum: 67108864,
      description:
        'Largest payload a command may announce before it is skipped and logged as oversize.'
    },
    decodeRasterQr: {
      type: 'boolean',
      description: 'Decode QR codes sent as raster images (default true).'
    },
    kanjiEncoding: {
      enum: [...KANJI_ENCODINGS],
      description: 'Double-byte character set of Kanji mode (FS &), default gb18030.'
    },
    kanjiOn: {
      type: 'boolean',
      description: 'Kanji mode on from the start and after ESC @ (Chinese-market printers).'
    },
    leakAfterMs: {
      type: 'integer',
      minimum: 0,
      description: 'An idle open connection counts as leaked after this long.'
    },
    keepCommands: {
      type: 'integer',
      minimum: 0,
      maximum: 10000000,
      description:
        'Commands kept in the log for inspection (default 10000); counts and order are kept regardless.'
    },
    keepJobs: {
      type: 'integer',
      minimum: 0,
      maximum: 1000000,
      description: 'Printed jobs kept in the history (default 200).'
    }
  }
}

/** An expected command count: exact, or `{ min, max }` (shared with service expectations). */
export const countValue = {
  anyOf: [
    { type: 'integer', minimum: 0 },
    {
      type: 'object',
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } }
    }
  ]
}
const commandTypeNames = { type: 'string', enum: [...COMMAND_TYPES] }

/** JSON Schema of a `kind: printer` workload. */
export const printerWorkloadSchema: object = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'kind'],
  anyOf: [{ required: ['printer'] }, { required: ['target'] }],
  description:
    'Delivers seeded ESC/POS print jobs over TCP and measures time-to-print at the virtual printer.',
  properties: {
    ...commonKindProperties,
    kind: { const: 'printer' },
    printer: { type: 'string', minLength: 1, description: 'Name of a printer under `printers:`.' },
    target: {
      type: 'string',
      pattern: '^(\\$\\{[^}]+\\}|[A-Za-z0-9.\\-:\\[\\]]+):(\\$\\{[^}]+\\}|[0-9]+)$',
      description:
        'host:port to send to, e.g. 127.0.0.1:9100 or 127.0.0.1:${services.proxy.port} (a print proxy under test); verified at `printer` when set'
    },
    jobs: {
      type: 'object',
      additionalProperties: false,
      description: 'Seeded job generator.',
      properties: {
        seed: { type: 'integer', description: 'Mixed with the run seed.' },
        elements: {
          type: 'integer',
          minimum: 0,
          maximum: 1000,
          description: 'Elements per job before the cut (default 6).'
        },
        mix: {
          type: 'object',
          additionalProperties: false,
          description:
            'Relative weights; kinds not named are left out (default when absent: text 6, qr 1, barcode 1, feed 1).',
          properties: {
            text: { type: 'number', minimum: 0 },
            qr: { type: 'number', minimum: 0 },
            barcode: { type: 'number', minimum: 0 },
            feed: { type: 'number', minimum: 0 },
            image: { type: 'number', minimum: 0 }
          }
        },
        cut: {
          enum: ['full', 'partial', 'mixed'],
          description: 'How each job ends (default partial).'
        },
        columns: { type: 'integer', minimum: 16, maximum: 96 }
      }
    },
    profile: loadProfileSchema,
    connection: {
      enum: ['per-job', 'persistent'],
      description: 'New TCP connection per job (default) or reused ones.'
    },
    expect: {
      type: 'object',
      additionalProperties: false,
      description: 'Checks at the printer after each repetition.',
      properties: {
        counts: {
          type: 'object',
          propertyNames: commandTypeNames,
          additionalProperties: countValue
        },
        countsPerJob: {
          type: 'object',
          propertyNames: commandTypeNames,
          additionalProperties: { type: 'integer', minimum: 0 }
        },
        sequence: { type: 'array', items: commandTypeNames, maxItems: 100000 },
        online: { type: 'boolean' },
        noLeaks: { type: 'boolean' },
        allPrinted: { type: 'boolean' }
      }
    },
    timeoutMs: {
      type: 'integer',
      minimum: 1,
      description: 'Per-job time-to-print limit (default 10000).'
    }
  }
}
