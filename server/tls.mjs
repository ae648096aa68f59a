// TLS for the serve command: a certificate the user gives, or a self-signed one made once and kept, so
// that a tablet that accepted it once keeps accepting it.
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import selfsigned from 'selfsigned';

/** Every address this machine answers on, so the certificate is valid for the LAN address too. */
function localNames() {
  const names = new Set(['localhost', '127.0.0.1', '::1']);
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(a.address);
  return [...names];
}

/**
 * @param {{ certFile?: string, keyFile?: string, dir: string, hostnames?: string[] }} options
 * @returns {Promise<{ cert: string, key: string, fingerprint: string, generated: boolean }>}
 */
export async function loadCertificate({ certFile, keyFile, dir, hostnames = [] }) {
  if (certFile || keyFile) {
    if (!certFile || !keyFile) throw new Error('--tls-cert and --tls-key go together.');
    const cert = readFileSync(certFile, 'utf8');
    return { cert, key: readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert), generated: false };
  }
  const names = [...new Set([...localNames(), ...hostnames])];
  const certPath = join(dir, 'self-signed.crt');
  const keyPath = join(dir, 'self-signed.key');
  if (existsSync(certPath) && existsSync(keyPath)) {
    const cert = readFileSync(certPath, 'utf8');
    const x509 = new X509Certificate(cert);
    const covers = names.every((n) => x509.checkHost(n) || x509.checkIP(n));
    if (covers && new Date(x509.validTo) > new Date(Date.now() + 7 * 86400_000)) {
      return { cert, key: readFileSync(keyPath, 'utf8'), fingerprint: fingerprintOf(cert), generated: false };
    }
  }
  const isIp = (n) => /^[\d.]+$/.test(n) || n.includes(':');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'SIMO Dashboard' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 825 * 86400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: names.map((n) => (isIp(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
    ],
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(certPath, pems.cert);
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert), generated: true };
}

function fingerprintOf(pem) {
  const der = new X509Certificate(pem).raw;
  return createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g).join(':');
}
