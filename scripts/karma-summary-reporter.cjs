// A Karma reporter that prints each failure in full and ends with the line `N passed, N failed`.
function summaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped) skipped++;
    else if (result.success) passed++;
    else {
      failed++;
      failures.push(`${result.suite.join(' > ')} > ${result.description}\n    ${result.log.join('\n    ')}`);
    }
  };
  this.onBrowserError = (browser, error) => {
    failed++;
    failures.push(`${browser.name}: ${typeof error === 'string' ? error : JSON.stringify(error)}`);
  };
  this.onRunComplete = () => {
    for (const f of failures) this.write(`FAILED ${f}\n`);
    this.write(`unit: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  };
  // Karma's base reporter would print a summary of its own; ours replaces it.
  this.onBrowserComplete = () => {};
  this.specSuccess = this.specFailure = this.specSkipped = () => {};
}
summaryReporter.$inject = ['baseReporterDecorator'];
module.exports = { summaryReporter };
