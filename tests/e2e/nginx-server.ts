/**
 * Serves dist/ through Debian's nginx on loopback with the repo's server
 * block (src/deploy/nginx.conf, rendered by npm run nginx:config), for tests
 * of the real headers, caching, 404s and redirects.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface NginxServer {
  url: string;
  stop: () => void;
}

function nginxBinary(): string {
  for (const candidate of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('nginx not found: install it (Debian: sudo apt-get install -y nginx) or set NGINX_PATH. .ci/run installs it.');
}

export async function startNginx(port: number): Promise<NginxServer> {
  const prefix = resolve(`.tmp/nginx-${port}`);
  mkdirSync(`${prefix}/logs`, { recursive: true });
  const site = execFileSync('node', ['src/deploy/render-nginx.mjs', 'dist', `127.0.0.1:${port}`, 'localhost'], { encoding: 'utf8' });
  writeFileSync(`${prefix}/site.conf`, site);
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(existsSync);
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
  execFileSync(binary, ['-t', '-q', '-p', prefix, '-c', `${prefix}/nginx.conf`], { stdio: 'pipe' });
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', `${prefix}/nginx.conf`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    try {
      await fetch(`${url}/`);
      return { url, stop: () => child.kill('SIGQUIT') };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not start on port ${port}; see ${prefix}/logs/error.log`);
}
