import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Kills a real writer process mid-write: shared by crash.test.ts (30 runs) and bench/kill.bench.ts
 * (thousands of runs, not part of the default test run).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const writerScript = path.join(here, 'crashWriter.ts');

export interface Run {
  lastAck: number;
  readyCount: number;
  delayMs: number;
}

/** Starts the writer, waits until its store is open, lets it write for `delayMs`, then SIGKILLs it. */
/** How to start the writer: from source with tsx by default; the benchmark passes a bundled copy (faster to start). */
export const writerFromSource = [process.execPath, '--import', 'tsx', writerScript] as const;

export function runAndKill(file: string, delayMs: number, command: readonly string[] = writerFromSource): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), file], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    let buffer = '';
    let stderr = '';
    let lastAck = -1;
    let readyCount = -1;
    let timer: NodeJS.Timeout | undefined;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const [word, value] = line.split(' ');
        if (word === 'ready') {
          readyCount = Number(value);
          lastAck = readyCount;
          timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        } else if (word === 'ack') {
          lastAck = Number(value);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL' || readyCount < 0) {
        reject(new Error(`writer ended unexpectedly (code ${code}, signal ${signal}): ${stderr}`));
      } else {
        resolve({ lastAck, readyCount, delayMs });
      }
    });
  });
}

