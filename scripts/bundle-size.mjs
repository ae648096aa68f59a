#!/usr/bin/env node
// Prints the initial bundle of the production build (what index.html loads before anything lazy):
// raw and gzip sizes per file, and whether any of it holds the MQTT client library.
// Run `npx ng build` first. `measureBundle()` is what bench/run.ts reports.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// MQTT.js and mqtt-packet carry these strings; the app's own code does not.
const MQTT_MARKERS = ['MQIsdp', 'mqtt-packet', 'connack'];

/** Sizes in bytes of what index.html loads, and which of those files (and which lazy ones) hold MQTT code. */
export function measureBundle(dir = 'dist/simo-dashboard/browser') {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...new Set([...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  const files = initial.map((file) => {
    const buf = readFileSync(join(dir, file));
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, mqtt: MQTT_MARKERS.some((m) => buf.includes(m)) };
  });
  const lazyMqtt = readdirSync(dir)
    .filter((f) => f.endsWith('.js') && !initial.includes(f))
    .filter((f) => MQTT_MARKERS.some((m) => readFileSync(join(dir, f)).includes(m)))
    .map((file) => {
      const buf = readFileSync(join(dir, file));
      return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
  const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
  return {
    files,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    jsRaw: sum(files.filter((f) => f.file.endsWith('.js')), 'raw'),
    jsGzip: sum(files.filter((f) => f.file.endsWith('.js')), 'gzip'),
    initialWithMqtt: files.filter((f) => f.mqtt).map((f) => f.file),
    lazyMqtt,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  const b = measureBundle(process.argv[2]);
  for (const f of b.files) console.log(`${f.file.padEnd(28)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
  console.log(`${'initial total'.padEnd(28)} ${kb(b.raw).padStart(10)} ${kb(b.gzip).padStart(10)} gzip   (JavaScript ${kb(b.jsRaw)})`);
  for (const f of b.lazyMqtt) console.log(`MQTT client, lazy: ${f.file} ${kb(f.raw)} (${kb(f.gzip)} gzip)`);
  console.log(b.initialWithMqtt.length ? `MQTT code in the initial bundle: ${b.initialWithMqtt.join(', ')}` : 'MQTT code in the initial bundle: none');
  process.exit(b.initialWithMqtt.length ? 1 : 0);
}
