/** Unit and integration tests (plain Node). Browser tests live in jest.browser.config.js. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/', '/test/libreoffice/'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
};
