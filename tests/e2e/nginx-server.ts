/**
 * Serves dist/ through Debian's nginx on loopback with the repo's server
 * block (src/deploy/nginx.conf, rendered by npm run nginx:config), for tests
 * of the real headers, caching, 404s and redirects.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface NginxServer {
  url: string;
  /** Resolves once nginx has exited and the port is free for the next server. */
  stop: () => Promise<void>;
}

export interface NginxOptions {
  /**
   * Files to serve beside the build (path → content), e.g. a stray .git/config:
   * the web root is then a folder of links to dist/'s entries plus these.
   */
  extraFiles?: Record<string, string>;
  /** Serve over TLS with this certificate and key (PEM files). */
  tls?: { certificate: string; key: string };
  /** The build to serve (default dist/): the benchmarks also serve an older build beside it. */
  dist?: string;
}

function nginxBinary(): string {
  for (const candidate of [
    process.env.NGINX_PATH,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/opt/homebrew/bin/nginx',
  ]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    'nginx not found: install it (Debian: sudo apt-get install -y nginx) or set NGINX_PATH. .ci/run installs it.',
  );
}

/** dist/ as links, plus the extra files: what a web root with stray files in it looks like. */
function webRoot(prefix: string, extraFiles: Record<string, string>, dist: string): string {
  const root = `${prefix}/site`;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of readdirSync(dist)) symlinkSync(resolve(dist, entry), join(root, entry));
  for (const [path, content] of Object.entries(extraFiles)) {
    const file = join(root, path);
    // A file inside one of dist/'s folders: that folder becomes a real folder of links,
    // so the file is not written through the link into the build itself.
    let dir = root;
    for (const segment of path.split('/').slice(0, -1)) {
      dir = join(dir, segment);
      if (existsSync(dir) && lstatSync(dir).isSymbolicLink()) {
        const target = readlinkSync(dir);
        rmSync(dir);
        mkdirSync(dir);
        for (const entry of readdirSync(target)) symlinkSync(join(target, entry), join(dir, entry));
      }
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** A self-signed certificate for localhost, valid for a day, written into dir: for serving over TLS in tests. */
export function throwawayCertificate(dir: string): { certificate: string; key: string } {
  mkdirSync(dir, { recursive: true });
  const files = { certificate: `${dir}/cert.pem`, key: `${dir}/key.pem` };
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost'].concat([
      '-keyout',
      files.key,
      '-out',
      files.certificate,
    ]),
    { stdio: 'pipe' },
  );
  return files;
}

export async function startNginx(port: number, options: NginxOptions = {}): Promise<NginxServer> {
  const prefix = resolve(`.tmp/nginx-${port}`);
  mkdirSync(`${prefix}/logs`, { recursive: true });
  const dist = options.dist ?? 'dist';
  const root = options.extraFiles ? webRoot(prefix, options.extraFiles, dist) : dist;
  const args = options.tls
    ? [root, `127.0.0.1:${port} ssl`, 'localhost', options.tls.certificate, options.tls.key]
    : [root, `127.0.0.1:${port}`, 'localhost'];
  // The Node running the tests (the project's Node 24), which strips the types of src/i18n/locales.ts.
  const site = execFileSync(process.execPath, ['src/deploy/render-nginx.mjs', ...args], { encoding: 'utf8' });
  writeFileSync(`${prefix}/site.conf`, site);
  const mimeTypes = [
    '/etc/nginx/mime.types',
    '/usr/local/etc/nginx/mime.types',
    '/opt/homebrew/etc/nginx/mime.types',
  ].find(existsSync);
  writeFileSync(
    `${prefix}/nginx.conf`,
    `daemon off;
worker_processes 1;
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 64; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : ''}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const binary = nginxBinary();
  // A server left over on the port would answer in this one's place, with another build and other headers.
  if (await listening(port)) throw new Error(`port ${port} is already in use: stop what listens there first`);
  execFileSync(binary, ['-t', '-q', '-p', prefix, '-c', `${prefix}/nginx.conf`], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', `${prefix}/nginx.conf`], { stdio: 'ignore' });
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    if (await listening(port)) {
      // A graceful quit keeps the port a moment longer: the next file's server on it waits for the exit.
      const stop = () =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGQUIT');
        });
      return { url, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start on port ${port}; see ${prefix}/logs/error.log`);
}

/** Whether something accepts connections on the port (plain TCP, so it works for TLS too). */
async function listening(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
