// What every module receives. Built once in main.ts (or per test) and passed to buildApp.
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import type { Clock } from './clock.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  clock: Clock;
  /** 32-byte key kept outside the database (AES-256-GCM, HMAC). */
  masterKey: Buffer;
}
