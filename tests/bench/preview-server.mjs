// Starts `astro preview` of dist/ in its own process group for a benchmark,
// and stops the whole group afterwards (killing npm alone leaves astro up).
import { spawn } from 'node:child_process';

export async function startPreview(port) {
  const child = spawn('npm', ['run', 'preview', '--', '--port', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100 && child.exitCode === null; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  throw new Error(`astro preview did not start on port ${port}:\n${output}`);
}

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
