/** Jest runs the TypeScript sources as ESM (see docs/architecture.md, "Toolchain"). */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  // Only *.test.ts are tests; helpers and fixtures live beside them.
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  collectCoverageFrom: ['src/**/*.ts'],
  testTimeout: 60000
}
