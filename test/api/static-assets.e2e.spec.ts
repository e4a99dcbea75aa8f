import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { TEST_ADMIN, type TestApp, startTestApp } from './support/test-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request as a browser sends it, with the body exactly as it came over the wire (not decoded). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * The admin UI's files are served compressed and cached by what they are: the content-hashed files under
 * /assets for a year without revalidation, index.html (also every deep link) always revalidated, other
 * files for an hour. The API's own answers are not touched by this.
 */
describe('the admin UI is served compressed, with caching by kind of file', () => {
  let t: TestApp;
  let adminDir: string;
  // Large and repetitive enough to be compressed (the threshold is 1 kB).
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: 'row ${i}' }`).join(', ')}];\n`;
  const indexHtml = `<!doctype html><html lang="nb"><head><title>Gevinst</title>
    <script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="root"></div></body></html>`;

  beforeAll(async () => {
    adminDir = mkdtempSync(join(tmpdir(), 'gevinst-admin-'));
    mkdirSync(join(adminDir, 'assets'));
    writeFileSync(join(adminDir, 'assets', 'index-AbCd1234.js'), script);
    // A source map left in the folder by a build: never served (security finding 6).
    writeFileSync(join(adminDir, 'assets', 'index-AbCd1234.js.map'), '{"version":3,"sources":["App.tsx"]}');
    writeFileSync(join(adminDir, 'index.html'), indexHtml);
    writeFileSync(join(adminDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startTestApp({ demo: false, env: { GEVINST_ADMIN_DIR: adminDir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(adminDir, { recursive: true, force: true });
  });

  it('sends a hashed script with brotli to a browser, cached for a year as immutable', async () => {
    const res = await raw(`${t.url}/assets/index-AbCd1234.js`, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(brotliDecompressSync(res.body).toString('utf8')).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 3);
  });

  it('sends gzip to a client that takes only gzip, and the plain file to one that takes nothing', async () => {
    const gzip = await raw(`${t.url}/assets/index-AbCd1234.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(script);
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await raw(`${t.url}/assets/index-AbCd1234.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('always revalidates index.html, at / and on every deep link, so a new build is seen at once', async () => {
    for (const path of ['/', '/portfolio', '/index.html']) {
      const res = await raw(`${t.url}${path}`, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect({ path, status: res.status, cacheControl: res.headers['cache-control'] }).toEqual({
        path,
        status: 200,
        cacheControl: 'no-cache',
      });
      expect(res.headers.etag ?? res.headers['last-modified']).toBeDefined();
    }
  });

  it('caches an unhashed file (the favicon) for an hour only', async () => {
    const res = await raw(`${t.url}/favicon.svg`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('leaves the API alone: GraphQL and /health answer uncompressed', async () => {
    const { token } = await t.as(TEST_ADMIN.email, TEST_ADMIN.password);
    const graphql = await raw(
      `${t.url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': 'gzip, br', authorization: `Bearer ${token}` },
      'POST',
      JSON.stringify({ query: `{ __schema { types { name description } } }` }),
    );
    expect(graphql.status).toBe(200);
    expect(graphql.body.length).toBeGreaterThan(1000);
    expect(graphql.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(graphql.body.toString('utf8')).data.__schema.types.length).toBeGreaterThan(0);

    const health = await raw(`${t.url}/health`, { 'accept-encoding': 'gzip, br' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('never serves a source map, not even one left in the folder, nor the app in its place', async () => {
    for (const path of ['/assets/index-AbCd1234.js.map', '/assets/missing.js.map']) {
      const res = await raw(`${t.url}${path}`, { accept: 'text/html,*/*' });
      expect(res.status).toBe(404);
      expect(res.body.toString('utf8')).not.toContain('sources');
      expect(res.body.toString('utf8')).not.toContain('<div id="root">');
    }
  });
});
