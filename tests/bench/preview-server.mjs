// Starts `astro preview` of dist/ in its own process group for a benchmark,
// and stops the whole group afterwards (killing npm alone leaves astro up).
import { spawn } from 'node:child_process';

export async function startPreview(port) {
  const child = spawn('npm', ['run', 'preview', '--', '--port', String(port)], { detached: true, stdio: 'ignore' });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid, 'SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid, 'SIGTERM');
  throw new Error(`astro preview did not start on port ${port} (is another preview running? stop it first)`);
}

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
