// Flags for Debian's Chromium in tests: root needs --no-sandbox; the rest keep it quiet on a machine
// whose network reaches nothing outside (no background fetches, no QUIC, no component updates).
module.exports = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
