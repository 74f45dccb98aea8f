/** Files written by cchc opened in headless LibreOffice (needs `soffice`; .ci/run installs it). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/libreoffice'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  testTimeout: 300000,
};
