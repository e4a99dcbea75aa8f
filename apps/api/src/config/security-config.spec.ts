import { ConfigError, loadConfig } from './app-config.js';

describe('security configuration', () => {
  it('ends idle sessions after 30 minutes and trusts no proxy by default', () => {
    const config = loadConfig({});
    expect(config.auth.sessionIdleMinutes).toBe(30);
    expect(config.trustedProxies).toEqual([]);
  });

  it('reads SESSION_IDLE_MINUTES and a list of TRUSTED_PROXIES', () => {
    const config = loadConfig({ SESSION_IDLE_MINUTES: '5', TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' });
    expect(config.auth.sessionIdleMinutes).toBe(5);
    expect(config.trustedProxies).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(ConfigError);
  });

  it('refuses a common password for the first administrator, naming the variable', () => {
    const env = { GEVINST_ADMIN_EMAIL: 'admin@example.no' };
    expect(() => loadConfig({ ...env, GEVINST_ADMIN_PASSWORD: 'password1234' })).toThrow(
      /GEVINST_ADMIN_PASSWORD: is one of the most common passwords/,
    );
    expect(() => loadConfig({ ...env, GEVINST_ADMIN_PASSWORD: 'short' })).toThrow(
      /GEVINST_ADMIN_PASSWORD: must be at least 12 characters/,
    );
    expect(
      loadConfig({ ...env, GEVINST_ADMIN_PASSWORD: 'Gevinst-demo-2026' }).auth.firstAdmin,
    ).not.toBeNull();
  });

  it('shows stack traces only when NODE_ENV=development is set explicitly', () => {
    expect(loadConfig({}).stackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).stackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).stackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).stackTraces).toBe(true);
    // Secure cookies follow NODE_ENV=production or COOKIE_SECURE, so plain http://localhost keeps working.
    expect(loadConfig({}).auth.cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).auth.cookieSecure).toBe(true);
  });
});
