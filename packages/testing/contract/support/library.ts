import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StashClient } from '@stash-graphql/core';
import type { FakeStash } from '@stash-graphql/testing';
import { waitForJob } from './jobs.js';
import { makePng } from './png.js';

/**
 * Files a scan can find. On the fake they live in its virtual library; on a real Stash they are written under
 * STASH_LIBRARY_DIR (a folder inside one of its library paths; STASH_LIBRARY_SERVER_DIR is the same folder as the
 * server sees it, when that differs). Without STASH_LIBRARY_DIR scan tests are skipped on a real server.
 */
export interface TestLibrary {
  readonly available: boolean;
  /** This run's folder, as the server sees it. */
  readonly root: string;
  /** A PNG of the given size; returns its path as the server sees it. */
  addImage(relPath: string, size?: { width: number; height: number }): Promise<string>;
  /** A video the fake's scanner accepts (fake only: a real Stash would need a file ffprobe can read). */
  addVideo(relPath: string, meta?: { duration?: number; width?: number; height?: number }): string;
  remove(path: string): Promise<void>;
  /** Deletes this run's files and what scans made of them. */
  cleanup(client: StashClient): Promise<void>;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function createLibrary(kind: 'fake' | 'real', runPrefix: string, fake: FakeStash | undefined): TestLibrary {
  const folder = runPrefix.replace(/-$/, '');
  if (kind === 'fake') {
    const stash = fake as FakeStash;
    const root = `/contract/${folder}`;
    return {
      available: true,
      root,
      async addImage(rel, size = { width: 64, height: 48 }) {
        return stash.library.addFile({ path: `${root}/${rel}`, md5: hex(16), size: 100 + rel.length, ...size }).path;
      },
      addVideo(rel, meta = {}) {
        return stash.library.addFile({
          path: `${root}/${rel}`,
          md5: hex(16),
          oshash: hex(8),
          size: 1000,
          duration: 60,
          width: 1920,
          height: 1080,
          ...meta,
        }).path;
      },
      async remove(path) {
        stash.library.removeFile(path);
      },
      async cleanup() {
        for (const f of stash.library.filesUnder([root])) stash.library.removeFile(f.path);
      },
    };
  }
  const local = process.env.STASH_LIBRARY_DIR;
  const serverBase = process.env.STASH_LIBRARY_SERVER_DIR || local || '';
  const root = local ? `${serverBase.replace(/\/+$/, '')}/${folder}` : '';
  const toLocal = (serverPath: string) => join(local ?? '', folder, serverPath.slice(root.length + 1));
  let written = false;
  return {
    available: Boolean(local),
    root,
    async addImage(rel, size = { width: 64, height: 48 }) {
      if (!local) throw new Error('STASH_LIBRARY_DIR is not set');
      const path = `${root}/${rel}`;
      const rgb = [...randomBytes(3)] as [number, number, number];
      await mkdir(dirname(toLocal(path)), { recursive: true });
      await writeFile(toLocal(path), makePng(size.width, size.height, rgb));
      written = true;
      return path;
    },
    addVideo() {
      throw new Error('video files can only be added to the fake library');
    },
    async remove(path) {
      await rm(toLocal(path), { force: true });
    },
    async cleanup(client) {
      if (!local || !written) return;
      const under = { value: `${root}/%`, modifier: 'EQUALS' } as const;
      const all = { per_page: -1 } as const;
      const images = (await client.findImages({ image_filter: { path: under }, filter: all })).images.map((i) => i.id);
      if (images.length)
        await client.imagesDestroy({ input: { ids: images, delete_file: false, delete_generated: true } });
      const galleries = (await client.findGalleries({ gallery_filter: { path: under }, filter: all })).galleries;
      if (galleries.length) {
        const ids = galleries.map((g) => g.id);
        await client.galleryDestroy({ input: { ids, delete_file: false, delete_generated: true } });
      }
      await rm(join(local, folder), { recursive: true, force: true });
      // Drop the file and folder rows the scans created, now that the files are gone.
      const job = await client.metadataClean({ input: { paths: [root], dryRun: false } });
      await waitForJob(client, job);
    },
  };
}
