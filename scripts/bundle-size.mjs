#!/usr/bin/env node
// Prints the initial bundle of the production build (what index.html loads before anything lazy):
// raw and gzip sizes per file, and whether any of it holds the MQTT client library.
// Run `npx ng build` first.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/simo-dashboard/browser';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const initial = [...new Set([...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
// MQTT.js and mqtt-packet carry these strings; the app's own code does not.
const MQTT_MARKERS = ['MQIsdp', 'mqtt-packet', 'connack'];

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let raw = 0;
let gz = 0;
let jsRaw = 0;
const withMqtt = [];
for (const file of initial) {
  const buf = readFileSync(join(dir, file));
  const g = gzipSync(buf, { level: 9 }).length;
  raw += buf.length;
  gz += g;
  if (file.endsWith('.js')) jsRaw += buf.length;
  if (MQTT_MARKERS.some((m) => buf.includes(m))) withMqtt.push(file);
  console.log(`${file.padEnd(28)} ${kb(buf.length).padStart(10)} ${kb(g).padStart(10)} gzip`);
}
console.log(`${'initial total'.padEnd(28)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)} gzip   (JavaScript ${kb(jsRaw)})`);
const lazyMqtt = readdirSync(dir).filter((f) => f.endsWith('.js') && !initial.includes(f)).filter((f) => MQTT_MARKERS.some((m) => readFileSync(join(dir, f)).includes(m)));
for (const f of lazyMqtt) {
  const buf = readFileSync(join(dir, f));
  console.log(`MQTT client, lazy: ${f} ${kb(buf.length)} (${kb(gzipSync(buf, { level: 9 }).length)} gzip)`);
}
console.log(withMqtt.length ? `MQTT code in the initial bundle: ${withMqtt.join(', ')}` : 'MQTT code in the initial bundle: none');
process.exit(withMqtt.length ? 1 : 0);
