import { describe, expect, it } from 'vitest';
import {
  API_KEY_PREFIX,
  hashApiKey,
  issueApiKeySecret,
  isWellFormedApiKey,
  looksLikeApiKey,
} from './api-key-secret.js';

describe('API key secrets', () => {
  it('issues well-formed, distinct keys whose prefix is their public start', () => {
    const a = issueApiKeySecret();
    const b = issueApiKeySecret();
    expect(a.key).not.toBe(b.key);
    expect(isWellFormedApiKey(a.key)).toBe(true);
    expect(a.key.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toMatch(/^zck_[0-9A-Za-z]{8}$/);
    expect(a.prefix.length).toBeLessThan(a.key.length / 2);
  });

  it('stores the SHA-256 of the key, never the key', () => {
    const issued = issueApiKeySecret();
    expect(issued.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.hash).toBe(hashApiKey(issued.key));
    expect(issued.hash).not.toContain(issued.key.slice(API_KEY_PREFIX.length));
    // The SHA-256 of "abc", so the hash is exactly the standard one.
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('tells keys from JWT access tokens and refuses malformed keys', () => {
    expect(looksLikeApiKey('eyJhbGciOiJIUzI1NiJ9.e30.sig')).toBe(false);
    expect(looksLikeApiKey('zck_short')).toBe(true);
    expect(isWellFormedApiKey('zck_short')).toBe(false);
    expect(isWellFormedApiKey(`zck_${'a'.repeat(42)}-`)).toBe(false);
  });
});
