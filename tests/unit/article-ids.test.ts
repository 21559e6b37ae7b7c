// ids.json: which articles a build holds, as 32-bit hashes of their ids, so the browser can leave
// read marks of removed articles out of unread counts without fetching the catalogue.
import { describe, expect, it } from 'vitest';
import { decodeAscending } from '../../src/model/compactInts';
import { dataPaths, idHash, type ArticleIds } from '../../src/model/data';
import { dataFiles } from '../../src/pipeline/emit/dataFiles';
import { siteArticles } from '../component/support/site';

describe('ids.json', () => {
  it('lists the hash of every article id, ascending, and no other', () => {
    const articles = siteArticles([{ title: 'One' }, { title: 'Two' }, { title: 'Three' }]);
    articles[0]!.id = 'b8ec4b7f77a3';
    const files = new Map(
      dataFiles(articles, { siteTitle: 'Gazette', siteUrl: null, siteLang: 'en', siteDescription: null }),
    );
    const ids = JSON.parse(files.get(dataPaths.articleIds())!) as ArticleIds;
    expect(ids.count).toBe(3);
    const hashes = decodeAscending(ids.hashes);
    expect(hashes).toEqual(articles.map((a) => idHash(a.id)).sort((a, b) => a - b));
    expect(hashes).not.toContain(idHash('removed-article'));
  });

  it('hashes ids to distinct 32-bit whole numbers (FNV-1a)', () => {
    // The FNV-1a reference values for "" and "a".
    expect(idHash('')).toBe(0x811c9dc5);
    expect(idHash('a')).toBe(0xe40c292c);
    const many = Array.from({ length: 10_000 }, (_, i) => idHash(i.toString(16).padStart(12, '0')));
    expect(new Set(many).size).toBe(many.length);
    expect(many.every((h) => Number.isInteger(h) && h >= 0 && h < 2 ** 32)).toBe(true);
  });
});
