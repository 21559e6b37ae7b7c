// SITE_URL and BASE_PATH say where the site lives: either sets both, and they must agree.
import { describe, expect, it } from 'vitest';
import { resolveOptions, startPort } from '../../src/pipeline/build/config';

const resolve = (env: NodeJS.ProcessEnv, argv: string[] = []) => resolveOptions(argv, env, '/repo');

describe('site options', () => {
  it('defaults to no site URL, English and no description', () => {
    expect(resolve({})).toMatchObject({ basePath: '/', siteUrl: null, siteLang: 'en', siteDescription: null });
  });

  it("takes the base path from SITE_URL's path, and normalises its trailing slash", () => {
    expect(resolve({ SITE_URL: 'https://example.org/news' })).toMatchObject({
      basePath: '/news/',
      siteUrl: 'https://example.org/news/',
    });
    expect(resolve({}, ['--site-url', 'http://localhost:4173'])).toMatchObject({
      basePath: '/',
      siteUrl: 'http://localhost:4173/',
    });
  });

  it('accepts a BASE_PATH that agrees and refuses one that does not', () => {
    expect(resolve({ SITE_URL: 'https://example.org/news/', BASE_PATH: 'news' }).basePath).toBe('/news/');
    expect(() => resolve({ SITE_URL: 'https://example.org/news/', BASE_PATH: '/blog/' })).toThrow(
      'SITE_URL https://example.org/news/ is served under /news/ but BASE_PATH is /blog/',
    );
    expect(() => resolve({ SITE_URL: 'https://example.org/' }, ['--base', '/news/'])).toThrow('BASE_PATH is /news/');
  });

  it('refuses a site URL that is not an absolute http(s) address', () => {
    expect(() => resolve({ SITE_URL: 'example.org/news' })).toThrow(
      'SITE_URL: "example.org/news" is not an absolute URL',
    );
    expect(() => resolve({}, ['--site-url', 'ftp://example.org/'])).toThrow(
      '--site-url: "ftp://example.org/" must be an http(s) URL',
    );
    expect(() => resolve({ SITE_URL: 'https://example.org/?x=1' })).toThrow('without a query');
  });

  it('reads SITE_LANG and SITE_DESCRIPTION, refusing a language that is no tag', () => {
    expect(resolve({ SITE_LANG: 'pt-BR', SITE_DESCRIPTION: '  News from Lisbon ' })).toMatchObject({
      siteLang: 'pt-BR',
      siteDescription: 'News from Lisbon',
    });
    expect(() => resolve({ SITE_LANG: 'en"><script>' })).toThrow('SITE_LANG: "en"><script>" is not a language tag');
  });

  it("reads npm start's port", () => {
    expect(startPort([], {})).toBe(4173);
    expect(startPort(['--port', '8080'], { PORT: '9' })).toBe(8080);
    expect(() => startPort([], { PORT: 'eighty' })).toThrow('PORT: "eighty" is not a port number');
  });
});
