import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { DATA_DIR: '/tmp/zc-config-test', JWT_SECRET: 'x'.repeat(40) };

describe('loadConfig', () => {
  it('applies the embedded defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      accessTokenTtlSeconds: 900,
      ipCaptchaAfterFailures: 20,
    });
    expect(loadConfig({ ...base, LOGIN_IP_CAPTCHA_AFTER_FAILURES: '500' }).ipCaptchaAfterFailures).toBe(500);
    expect(config.storage).toEqual({ driver: 'local', root: '/tmp/zc-config-test/objects' });
  });

  it('uses the S3 driver STORAGE_DRIVER=s3 names, with its settings', () => {
    const config = loadConfig({
      ...base,
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'zhicheng',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.storage).toEqual({
      driver: 's3',
      bucket: 'zhicheng',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      accessKeyId: 'key',
      secretAccessKey: 'secret',
    });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
    expect(() => loadConfig({ ...base, ACCESS_TOKEN_TTL_SECONDS: '3600' })).toThrow(
      /ACCESS_TOKEN_TTL_SECONDS/,
    );
  });

  it('requires JWT_SECRET in production and turns demo data off there', () => {
    expect(() => loadConfig({ DATA_DIR: base.DATA_DIR, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: required/,
    );
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('wants both bootstrap admin variables or neither', () => {
    expect(() => loadConfig({ ...base, BOOTSTRAP_ADMIN_USERNAME: 'sysadmin' })).toThrow(
      /set both or neither/,
    );
    expect(
      loadConfig({ ...base, BOOTSTRAP_ADMIN_USERNAME: 'sysadmin', BOOTSTRAP_ADMIN_PASSWORD: 'ChangeMe2026' })
        .bootstrapAdmin,
    ).toEqual({ username: 'sysadmin', password: 'ChangeMe2026' });
  });
});
