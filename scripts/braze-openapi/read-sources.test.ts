import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';
import { languageOf, readSources, SourceError } from './read-sources.js';

describe('languageOf', () => {
  it.each([
    ['users_post_user_track.yaml', undefined],
    ['ja_users_post_user_track.yaml', 'ja'],
    ['users_post_user_track.pt-br.yaml', 'pt-br'],
    ['users_post_user_track_pt_br.yaml', 'pt-br'],
    ['openapi/ko/users_post_user_track.yaml', 'ko'],
    ['export_segment_post_cancel.yaml', undefined],
    ['templates_email_templates_get.json', undefined],
  ])('%s → %s', (path, want) => expect(languageOf(path)).toBe(want));
});

describe('readSources', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const body = readFileSync(fixture('clean/things_things_track.yaml'), 'utf8');
    server = createServer((req, res) => {
      if (req.url === '/openapi/things_things_track.yaml') res.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads a folder with its subfolders, leaving out files named for another language', async () => {
    const { sources, skipped } = await readSources([fixture('braze')]);
    expect(sources.map((s) => s.name.slice(fixture('braze').length + 1))).toEqual([
      'admin_users.yaml', 'export_export_segment_cancel.yaml', 'reports_get_report.yaml', 'templates_translations_source.yaml',
      'things_delete_things.yaml', 'things_things_track.yaml', 'things_things_track_localized.yaml',
    ]);
    expect(sources.every((s) => s.fromFolder)).toBe(true);
    expect(skipped.map((s) => [s.file.slice(fixture('braze').length + 1), s.reason])).toEqual([
      ['ja/things_things_track.yaml', 'not English (ja, from its name)'],
      ['ko_things_things_track.yaml', 'not English (ko, from its name)'],
    ]);
  });

  it('reads a file named on the command line even when its name says another language', async () => {
    const { sources, skipped } = await readSources([fixture('braze/ko_things_things_track.yaml')]);
    expect([sources.length, skipped.length, sources[0]?.fromFolder]).toEqual([1, 0, false]);
  });

  it('fetches a URL from a real server, and says clearly why one cannot be fetched', async () => {
    const { sources } = await readSources([`${base}/openapi/things_things_track.yaml`]);
    expect(sources[0]?.text).toContain('/things/track:');
    await expect(readSources([`${base}/openapi/missing.yaml`])).rejects.toThrow(`Cannot fetch ${base}/openapi/missing.yaml: HTTP 404 Not Found`);
    // A port nothing listens on: what an offline machine's fetch gives, a refused or unresolved connection.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = readSources([`http://127.0.0.1:${port}/x.yaml`]);
    await expect(refused).rejects.toThrow(SourceError);
    await expect(refused).rejects.toThrow(/^Cannot fetch http:\/\/127\.0\.0\.1:\d+\/x\.yaml: ECONNREFUSED \(no network here\? download the files and pass their paths or folder instead\)$/);
  });

  it('refuses a path that does not exist', async () => {
    await expect(readSources([fixture('nowhere')])).rejects.toThrow(/^Cannot read .*nowhere: no such file or folder$/);
  });
});
