import { describe, expect, it } from 'vitest';
import { executionError } from './support/expect.js';
import { useTarget } from './target.js';

const target = useTarget();

/**
 * internal/api/resolver_query_configuration.go reports the config getters' defaults; the configure mutations set
 * only the fields given non-null. On a real server these cases expect an untouched configuration (reset.sh), and
 * they put back every value they change.
 */
describe('configuration', () => {
  it("answers Stash's defaults for the fields a fresh server fills", async () => {
    const { general, interface: ui, dlna, scraping, defaults } = await target.client.configuration();
    expect(target.sent.count('Configuration')).toBe(1);
    expect(defaults).toMatchObject({ deleteFile: false, deleteGenerated: true, scan: null, generate: null });
    expect(general).toMatchObject({
      backupDirectoryPath: '',
      deleteTrashPath: '',
      blobsStorage: 'FILESYSTEM',
      videoFileNamingAlgorithm: 'OSHASH',
      previewPreset: 'slow',
      previewSegments: 12,
      previewSegmentDuration: 0.75,
      previewExcludeStart: '0',
      maxTranscodeSize: 'ORIGINAL',
      maxStreamingTranscodeSize: 'ORIGINAL',
      transcodeInputArgs: [],
      writeImageThumbnails: true,
      drawFunscriptHeatmapRange: true,
      logLevel: 'Info',
      logAccess: true,
      maxSessionAge: 3600,
      galleryExtensions: ['zip', 'cbz'],
      imageExtensions: ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'],
      galleryCoverRegex: '(poster|cover|folder|board)\\.[^\\.]+$',
      stashBoxes: [],
    });
    expect(general.videoExtensions).toContain('mkv');
    expect(general.scraperPackageSources).toEqual([
      {
        name: 'Community (stable)',
        url: 'https://stashapp.github.io/CommunityScrapers/stable/index.yml',
        local_path: 'community',
      },
    ]);
    expect(ui).toMatchObject({
      language: 'en-US',
      menuItems: ['scenes', 'images', 'groups', 'markers', 'galleries', 'performers', 'studios', 'tags'],
      wallPlayback: 'video',
      wallShowTitle: true,
      showScrubber: true,
      autostartVideoOnPlaySelected: true,
      notificationsEnabled: true,
      imageLightbox: { slideshowDelay: 5, scrollAttemptsBeforeChange: 0, displayMode: null },
      disableDropdownCreate: { performer: false, tag: false, studio: false, movie: false, gallery: false },
    });
    expect(dlna).toMatchObject({ enabled: false, port: 1338, videoSortOrder: 'title', whitelistedIPs: [] });
    expect(scraping).toMatchObject({ scraperCertCheck: true, excludeTagPatterns: [], scraperUserAgent: '' });
  });

  it('configureInterface sets the fields given, ignores nulls and sets nested options field by field', async () => {
    const before = (await target.client.configuration()).interface;
    const input = { language: 'de-DE', wallShowTitle: null, imageLightbox: { slideshowDelay: 7 } };
    try {
      const set = await target.client.configureInterface({ input });
      expect(target.sent.last('ConfigureInterface')).toEqual({ input });
      expect(set).toMatchObject({
        language: 'de-DE',
        wallShowTitle: before.wallShowTitle,
        imageLightbox: { ...before.imageLightbox, slideshowDelay: 7 },
      });
      expect((await target.client.configuration()).interface).toEqual(set);
    } finally {
      await target.client.configureInterface({
        input: { language: before.language, imageLightbox: { slideshowDelay: before.imageLightbox.slideshowDelay } },
      });
    }
    expect((await target.client.configuration()).interface).toEqual(before);
  });

  it('configureDefaults keeps what it sets; the other defaults stay', async () => {
    const before = (await target.client.configuration()).defaults;
    try {
      const set = await target.client.configureDefaults({ input: { deleteFile: !before.deleteFile } });
      expect(target.sent.last('ConfigureDefaults')).toEqual({ input: { deleteFile: !before.deleteFile } });
      expect(set).toEqual({ ...before, deleteFile: !before.deleteFile });
    } finally {
      await target.client.configureDefaults({ input: { deleteFile: before.deleteFile } });
    }
    expect((await target.client.configuration()).defaults).toEqual(before);
  });

  it('configureUI merges a partial map; configureUISetting walks a dotted key', async () => {
    const before = (await target.client.configuration()).ui as Record<string, unknown>;
    const key = target.name('ui').replace(/[^a-z0-9]/gi, '');
    try {
      const merged = (await target.client.configureUI({ partial: { [key]: { a: 1, b: { c: 'x' } } } })) as Record<
        string,
        unknown
      >;
      expect(merged[key]).toEqual({ a: 1, b: { c: 'x' } });
      const deeper = (await target.client.configureUI({ partial: { [key]: { b: { d: true } } } })) as Record<
        string,
        unknown
      >;
      expect(deeper[key]).toEqual({ a: 1, b: { c: 'x', d: true } });
      const set = (await target.client.configureUISetting({ key: `${key}.b.c`, value: 'y' })) as Record<
        string,
        unknown
      >;
      expect(target.sent.last('ConfigureUISetting')).toEqual({ key: `${key}.b.c`, value: 'y' });
      expect(set[key]).toEqual({ a: 1, b: { c: 'y', d: true } });
    } finally {
      await target.client.configureUI({ input: before });
    }
    expect((await target.client.configuration()).ui).toEqual(before);
  });

  it('configureGeneral refuses a database path without a database extension', async () => {
    const input = { databasePath: '/tmp/stash.txt' };
    await executionError(
      target.client.configureGeneral({ input }),
      'invalid database path, use extension db, sqlite, or sqlite3',
      ['configureGeneral'],
    );
    expect(target.sent.last('ConfigureGeneral')).toEqual({ input });
    expect((await target.client.configuration()).general.databasePath).not.toBe('/tmp/stash.txt');
  });
});
