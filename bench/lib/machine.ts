// Describes the machine a benchmark ran on, printed with every result.
import { cpus, totalmem } from 'node:os';

export function machineLine(database: string): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `machine: ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, database ${database}`;
}
