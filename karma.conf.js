// Karma for the unit tests (`ng test`, run by `npm test`): Debian's Chromium, headless, as root in CI.
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

const { summaryReporter } = require('./scripts/karma-summary-reporter.cjs');
const chromiumFlags = require('./scripts/chromium-flags.cjs');

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      { 'reporter:summary': ['type', summaryReporter] },
    ],
    client: {
      jasmine: { random: true },
      clearContext: false,
    },
    reporters: ['summary'],
    browsers: ['ChromeHeadlessNoSandbox'],
    customLaunchers: {
      ChromeHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: chromiumFlags,
      },
    },
    browserNoActivityTimeout: 120000,
    captureTimeout: 120000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
