/**
 * Local targets shared by the HTTP benchmarks (bench-http.ts, bench-http-ab.ts): nginx serving a
 * small static file, a fast server that is not Node, so the load tool is the bottleneck.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export async function startNginx(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort()
  mkdirSync(path.join(dir, 'www'), { recursive: true })
  writeFileSync(path.join(dir, 'www', 'index.html'), '<html><body>perf-gate bench</body></html>\n')
  const conf = `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 10000000;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { } }
}
`
  writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const child = spawn('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let err = ''
  child.stderr.on('data', (c: Buffer) => (err += c.toString()))
  const url = `http://127.0.0.1:${port}/index.html`
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url)
      if (res.ok) break
    } catch {
      await sleep(50)
    }
    if (child.exitCode !== null) throw new Error(`nginx exited: ${err}`)
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT')
      await new Promise((r) => child.once('exit', r))
    }
  }
}
