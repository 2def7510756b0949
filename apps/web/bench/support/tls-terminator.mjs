// Debian's nginx as the TLS terminator a host puts in front of `next start` (README, "Production"), for
// the Observatory benchmark: a throwaway CA and a certificate it signs for `localhost`, made with openssl
// at run time, HTTPS on 443 proxying to the site, plain HTTP on 80 answering a 301 to HTTPS.
//
// Ports 80 and 443 because the scanner's CLI takes a bare hostname: given `HOST:PORT` it puts the same
// port in both its http:// and its https:// address, and its `scan()` passes its retriever no ports, so
// it can follow a redirect from HTTP to HTTPS only between the standard ones. Binding them needs root
// (or CAP_NET_BIND_SERVICE), which this machine runs as; a start that fails says so, with nginx's error.
// Its certificates also serve the Studio's end-to-end stand-in for Sanity's API (studio/e2e/support).
import { execFileSync, spawn } from 'node:child_process'
import { accessSync, constants, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:https'
import { delimiter, join } from 'node:path'

import { waitUntilAnswering } from '../../e2e/support/server.mjs'

export const hostname = 'localhost'
export const nginxInstall = 'apt-get install -y --no-install-recommends nginx'

/** @returns {string | undefined} the nginx binary on PATH or in /usr/sbin (root's PATH may lack it) */
export function findNginx() {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin']
  return dirs
    .map((dir) => join(dir, 'nginx'))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}

/**
 * A CA and a certificate for `hostname` that it signs, valid one day, in `dir`. A CA rather than one
 * self-signed certificate because NODE_EXTRA_CA_CERTS, through which the scanner is told to trust it,
 * takes CAs; its key is deleted once it has signed, so the CA can vouch for nothing else.
 *
 * @param {string} dir a private folder (mode 0700, as `mkdtemp` makes it)
 * @returns {{ caFile: string, certFile: string, keyFile: string }}
 */
export function makeCertificates(dir) {
  const caFile = join(dir, 'ca.pem')
  const caKey = join(dir, 'ca.key')
  const certFile = join(dir, 'site.pem')
  const keyFile = join(dir, 'site.key')
  const ellipticKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']
  /** @param {string[]} args */
  const newCertificate = (...args) =>
    execFileSync('openssl', ['req', '-x509', '-days', '1', '-noenc', ...ellipticKey, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
  newCertificate(
    ...['-keyout', caKey, '-out', caFile, '-subj', '/CN=Bergslaget Observatory benchmark CA'],
    ...['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'],
  )
  newCertificate(
    ...['-keyout', keyFile, '-out', certFile, '-CA', caFile, '-CAkey', caKey],
    ...['-subj', `/CN=${hostname}`, '-addext', `subjectAltName=DNS:${hostname}`],
    ...['-addext', 'basicConstraints=critical,CA:FALSE', '-addext', 'extendedKeyUsage=serverAuth'],
  )
  rmSync(caKey)
  return { caFile, certFile, keyFile }
}

/**
 * The configuration. What the scanner grades must be what the site sends: nginx adds no header of its
 * own but Server and Date (as on a real host), so no HSTS, CSP or the like; the site has to send those
 * itself. The 301 on port 80 is nginx's, as it is a host's edge that answers plain HTTP in production.
 * `listen localhost` binds every address the name resolves to, so whichever the scanner connects to.
 *
 * @param {{ dir: string, upstreamPort: number, certFile: string, keyFile: string }} options
 */
function nginxConf({ dir, upstreamPort, certFile, keyFile }) {
  // Temporary files in this run's folder rather than nginx's compiled-in /var/lib/nginx. Unbuffered
  // proxying writes none: the workers (user nobody when nginx starts as root) could not open this folder.
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(dir, `${kind}-temp`)};`)
    .join('\n  ')
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events {
  worker_connections 64;
}
http {
  access_log off;
  server_tokens off;
  ${temp}
  server {
    listen ${hostname}:80;
    return 301 https://$host$request_uri;
  }
  server {
    listen ${hostname}:443 ssl;
    ssl_certificate ${certFile};
    ssl_certificate_key ${keyFile};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_http_version 1.1;
      proxy_buffering off;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-Proto https;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
  }
}
`
}

/**
 * Whether https://localhost/ answers a success through the terminator, with the certificate checked
 * against the throwaway CA: proves the chain and the proxy before the scanner, which would otherwise
 * retry without verification and grade an "invalid certificate" instead.
 *
 * @param {string} ca the CA certificate (PEM)
 * @returns {Promise<boolean>}
 */
const answersThroughTls = (ca) =>
  new Promise((resolve, reject) => {
    const request = get(`https://${hostname}/`, { ca, timeout: 5_000 }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode === 200))
    })
    request.on('timeout', () => request.destroy(new Error('timed out')))
    request.on('error', reject)
  })

/**
 * Starts nginx in front of the site on `upstreamPort`, with its configuration and certificates in `dir`.
 *
 * @param {{ nginx: string, dir: string, upstreamPort: number }} options
 * @returns {Promise<{ caFile: string, stop: () => Promise<void> }>}
 */
export async function startTlsTerminator({ nginx, dir, upstreamPort }) {
  const { caFile, certFile, keyFile } = makeCertificates(dir)
  const confFile = join(dir, 'nginx.conf')
  writeFileSync(confFile, nginxConf({ dir, upstreamPort, certFile, keyFile }))
  // `-e stderr`: errors before the configuration is read go here too, not to /var/log/nginx.
  const child = spawn(nginx, ['-e', 'stderr', '-p', dir, '-c', confFile], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  /** @type {string[]} */
  const output = []
  child.stdout.on('data', (chunk) => output.push(String(chunk)))
  child.stderr.on('data', (chunk) => output.push(String(chunk)))
  const ca = readFileSync(caFile, 'utf8')
  const { stop } = await waitUntilAnswering(child, `https://${hostname}`, output, 30_000, () =>
    answersThroughTls(ca),
  ).catch((/** @type {Error} */ error) => {
    throw new Error(`nginx did not start (it needs ports 80 and 443 free, and root): ${error.message}`)
  })
  return { caFile, stop }
}
