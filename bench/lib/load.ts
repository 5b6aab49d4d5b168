// A small closed-loop HTTP load generator (keep-alive node:http agent): `clients` workers each send
// their next request as soon as the previous answer is read, for `seconds`. Returns latency
// percentiles and throughput. Small enough to read, no dependency.
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  port: number;
  clients: number;
  seconds: number;
  /** path of the i-th request (may vary per request) */
  path: (i: number) => string;
  method?: string;
  headers?: (i: number) => Record<string, string>;
  body?: (i: number) => string | undefined;
  /** expected status (default 200) */
  status?: number;
}

function once(agent: Agent, o: LoadOptions, i: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = o.body?.(i);
    const req = request(
      {
        host: '127.0.0.1',
        port: o.port,
        path: o.path(i),
        method: o.method ?? 'GET',
        agent,
        headers: o.headers?.(i),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.clients });
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const end = performance.now() + o.seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: o.clients }, async () => {
      while (performance.now() < end) {
        const i = counter++;
        const s = performance.now();
        try {
          const status = await once(agent, o, i);
          if (status !== (o.status ?? 200)) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: q(1),
  };
}

export const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  (${r.requests} req, ${r.errors} err)`;

export const loadLine = () =>
  `load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (other sessions share these cores)`;

/** RSS of a process in MB (Linux /proc). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU time (user + system) a process has used, in seconds (Linux /proc, 100 ticks a second). */
export async function cpuSeconds(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
