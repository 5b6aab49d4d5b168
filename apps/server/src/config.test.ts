import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs on Node 24, pinned by the node devDependency', () => {
    expect(process.version.startsWith('v24.')).toBe(true);
  });

  it('defaults to the embedded database with demo data on port 3000', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.embedded).toBe(true);
    expect(c.demoData).toBe(true);
    expect(c.insecureHttp).toBe(true);
    expect(c.oidcIssuer).toBe('http://localhost:3000/id');
  });

  it('names the variable at fault and what it expects', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: doit commencer par postgres:\/\//,
    );
  });

  it('requires a master key outside the database when running on a server', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/db' })).toThrow(/SECRETS_KEY/);
    const c = loadConfig({
      DATABASE_URL: 'postgres://u@h/db',
      SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    expect(c.embedded).toBe(false);
    expect(c.demoData).toBe(false);
  });
});
