import type { BackendContext } from './BackendContext.js';
import type { BackendServices } from './BackendServices.js';
import { fileTypeOf, GALLERY_EXTENSIONS } from './createFileResolvers.js';
import type { EntityStore } from './EntityStore.js';
import { EventHub } from './EventHub.js';
import type { EntityKind } from './FakeStashState.js';
import { goDuration } from './goDuration.js';
import { atoi, type Input, parseId } from './inputs.js';
import { JobManager, type JobTiming, type JobWork } from './JobManager.js';
import type { ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';
import { type LibraryFile, normalizePath, type VirtualLibrary } from './VirtualLibrary.js';

/** Job-returning mutations with the description Stash gives them (internal/manager/manager_tasks.go and friends). */
const SIMPLE_JOBS: Record<string, string> = {
  metadataGenerate: 'Generating...',
  metadataIdentify: 'Identifying...',
  metadataCleanGenerated: 'Cleaning generated files...',
  metadataImport: 'Importing...',
  metadataExport: 'Exporting...',
  importObjects: 'Importing...',
  migrateHashNaming: 'Migrating scene hashes...',
  migrateSceneScreenshots: 'Migrating scene screenshots to blobs...',
  migrateBlobs: 'Migrating blobs...',
  migrate: 'Migrating database...',
  optimiseDatabase: 'Optimising database...',
  downloadFFMpeg: 'Downloading ffmpeg...',
  installPackages: 'Installing packages...',
  updatePackages: 'Updating packages...',
  uninstallPackages: 'Updating packages...',
  stashBoxBatchPerformerTag: 'Batch stash-box performer tag...',
  stashBoxBatchStudioTag: 'Batch stash-box studio tag...',
  runPluginTask: 'Running plugin task...',
};

/**
 * Scan / clean / auto-tag and the job queue. A scan walks the VirtualLibrary like
 * pkg/file/scan.go + pkg/scene/scan.go + pkg/image/scan.go: new video -> scene
 * (no title, as Stash), a file whose fingerprint matches an existing scene's
 * file is added to that scene, a missing file with the same fingerprint is
 * treated as moved, images inside a zip join the zip's gallery.
 */
export function createMetadataResolvers(
  ctx: BackendContext,
  library: VirtualLibrary,
  services: Pick<BackendServices, 'files' | 'images'>,
  stores: Partial<Record<EntityKind, EntityStore>>,
  timing?: JobTiming,
): ResolverModule & { jobs: JobManager; scanComplete: EventHub<boolean> } {
  const { state } = ctx;
  const { files, images } = services;
  const L = state.links;
  const jobs = new JobManager(ctx, timing);
  const scanComplete = new EventHub<boolean>();

  const fingerprintsOf = (f: LibraryFile) =>
    [
      ['md5', f.md5],
      ['oshash', f.oshash],
    ].filter((x): x is [string, string] => typeof x[1] === 'string' && x[1] !== '');

  function findByFingerprint(f: LibraryFile): Row[] {
    const out = new Map<string, Row>();
    for (const [type, value] of fingerprintsOf(f))
      for (const id of state.filesByFingerprint(type, value)) out.set(id, state.files.get(id) as Row);
    return [...out.values()];
  }

  function zipGallery(zipPath: string): string {
    const zipFile = files.ensureFile({ path: zipPath });
    const existing = L.galleryFiles.inverse(zipFile.id).values().next().value;
    if (existing) return existing;
    const g = (stores.gallery as EntityStore).create({}, 'GalleryCreateInput', {
      urls: [],
      stash_ids: [],
      custom_fields: {},
    });
    L.galleryFiles.set(g.id, [zipFile.id]);
    ctx.log('Info', `${zipPath} doesn't exist. Creating new gallery...`);
    return g.id;
  }

  function scanFile(lf: LibraryFile): void {
    const path = normalizePath(lf.path);
    if (state.index.filePath.has(path)) return; // already known: re-scan is idempotent
    // moved file: same fingerprint, old path gone from disk
    const moved = findByFingerprint(lf).find((f) => !library.get(f.path as string));
    if (moved) {
      ctx.log('Info', `${moved.path} moved to ${path}. Updating path...`);
      files.moveFile(moved.id, path);
      return;
    }
    const type = fileTypeOf(path);
    const zip = /^(.*?\.(?:zip|cbz))\/.+$/i.exec(path);
    if (type === 'VideoFile') {
      const dupes = findByFingerprint(lf);
      const file = files.ensureFile(lf);
      const scenes = new Set<string>();
      for (const d of dupes) for (const s of L.sceneFiles.inverse(d.id)) scenes.add(s);
      if (scenes.size > 0) {
        for (const s of scenes) L.sceneFiles.add(s, [file.id]);
        return;
      }
      ctx.log('Info', `${path} doesn't exist. Creating new scene...`);
      const scene = (stores.scene as EntityStore).create({}, 'SceneCreateInput', {
        urls: [],
        stash_ids: [],
        custom_fields: {},
      });
      L.sceneFiles.set(scene.id, [file.id]);
    } else if (type === 'ImageFile') {
      const galleryId = zip ? zipGallery(zip[1] as string) : null;
      const file = files.ensureFile(lf);
      if (zip) file.zip_file_id = state.index.filePath.get(normalizePath(zip[1] as string)) ?? null;
      ctx.log('Info', `${path} doesn't exist. Creating new image...`);
      images.createForFiles({ file_ids: [file.id], gallery_ids: galleryId ? [galleryId] : [] });
    } else if (GALLERY_EXTENSIONS.some((e) => path.toLowerCase().endsWith(`.${e}`))) {
      zipGallery(path);
    } else {
      files.ensureFile(lf);
    }
  }

  /**
   * pkg/file/clean.go: progress counts every file and folder under the paths; files still on disk count as assessed,
   * the missing ones when deleted. A dry run reports the share it would delete (AddProcessed sets, not adds).
   */
  function clean(paths: string[], dryRun: boolean): JobWork {
    const roots = paths.map(normalizePath);
    const under = (p: string) => roots.length === 0 || roots.some((r) => p === r || p.startsWith(`${r}/`));
    const known = [...state.files.values()].filter((f) => under(f.path as string));
    const total = known.length + [...state.folders.values()].filter((f) => under(f.path as string)).length;
    const gone = known.filter((f) => !library.get(f.path as string));
    ctx.log('Info', 'Starting cleaning of tracked files');
    if (dryRun) ctx.log('Info', 'Running in Dry Mode');
    const units = gone.map((f) => () => {
      ctx.log('Info', `File not found. Marking to clean: "${f.path}"`);
      if (dryRun) return `Assessing file ${f.path} for clean`;
      const owners: [EntityKind, string[]][] = [
        ['scene', [...L.sceneFiles.inverse(f.id)]],
        ['image', [...L.imageFiles.inverse(f.id)]],
        ['gallery', [...L.galleryFiles.inverse(f.id)]],
      ];
      state.destroyRow('file', f.id);
      const link = { scene: L.sceneFiles, image: L.imageFiles, gallery: L.galleryFiles } as const;
      for (const [kind, ids] of owners) {
        for (const id of ids) if (link[kind as 'scene'].get(id).length === 0) state.destroyRow(kind, id);
      }
      return `Cleaning ${gone.length} files and folders`;
    });
    const final = () => (total <= 0 ? null : dryRun && gone.length > 0 ? gone.length / total : 1);
    // Assessing is a stat per file: only deleting what is gone takes time
    return { units, final, unitMs: dryRun || gone.length === 0 ? 0 : undefined };
  }

  function autoTag(i: Input): (() => string)[] {
    const pick = (kind: 'performer' | 'studio' | 'tag', list: unknown) => {
      const ids = (list as string[] | null | undefined) ?? [];
      if (ids.includes('*')) return [...state.tables[kind].values()];
      return ctx.rows(kind, ids);
    };
    const performers = pick('performer', i.performers);
    const studios = pick('studio', i.studios);
    const tags = pick('tag', i.tags);
    const roots = ((i.paths as string[] | null) ?? []).map(normalizePath);
    const matches = (path: string, name: string) =>
      new RegExp(
        `(^|[^a-z0-9])${name
          .toLowerCase()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\s+/g, '[.\\-_ ]')}([^a-z0-9]|$)`,
      ).test(path.toLowerCase());
    return [...state.scenes.values()].map((s) => () => {
      const paths = ctx.rows('file', L.sceneFiles.get(s.id)).map((f) => f.path as string);
      const path = paths[0];
      if (!path || (roots.length && !roots.some((r) => path.startsWith(r)))) return undefined as unknown as string;
      for (const p of performers)
        if (p.ignore_auto_tag !== true && matches(path, p.name as string)) L.scenePerformers.add(s.id, [p.id]);
      for (const t of tags)
        if (t.ignore_auto_tag !== true && matches(path, t.name as string)) L.sceneTags.add(s.id, [t.id]);
      if (L.sceneStudio.get(s.id).length === 0) {
        const st = studios.find((x) => x.ignore_auto_tag !== true && matches(path, x.name as string));
        if (st) L.sceneStudio.set(s.id, [st.id]);
      }
      return path;
    });
  }

  /**
   * Tasks the fake only queues. Generate has nothing to generate without real media: SetTotal(0) leaves its progress
   * indefinite (null); optimise reports its two phases; the rest report one unit of work.
   */
  const simpleJob = (name: string, description: string) => () =>
    jobs.add(description, (): JobWork => {
      if (name === 'metadataGenerate') {
        const started = Date.now();
        return {
          units: [],
          unitMs: 0,
          final: () => {
            ctx.log('Info', 'Nothing selected to generate');
            ctx.log('Info', `Generate finished (${goDuration(Date.now() - started)})`);
            return null;
          },
        };
      }
      if (name === 'optimiseDatabase') return { units: [() => 'Analyzing database', () => 'Vacuuming database'] };
      return { units: [() => undefined] };
    });

  const mutation: Record<string, (a: Record<string, unknown>) => unknown> = {
    metadataScan: ({ input }) => {
      const paths = (((input as Input | null)?.paths as string[] | null) ?? []).map(normalizePath);
      const started = Date.now();
      return jobs.add(
        'Scanning...',
        () =>
          library.filesUnder(paths).map((f) => () => {
            // pkg/file/scan.go: a file given as a scan path is looked up under its parent folder, which must already
            // be known (scanned before); a folder given as a scan path creates the folders it walks.
            const parent = f.path.slice(0, f.path.lastIndexOf('/')) || '/';
            if (paths.includes(normalizePath(f.path)) && !state.index.folderPath.has(parent)) {
              ctx.log('Error', `error processing "${f.path}": parent folder for "${f.path}" doesn't exist`);
              return `Scanning ${f.path}`;
            }
            scanFile(f);
            return `Scanning ${f.path}`;
          }),
        () => {
          ctx.log('Info', `Scan finished (${goDuration(Date.now() - started)})`);
          scanComplete.publish(true);
        },
      );
    },
    metadataClean: ({ input }) => {
      const i = (input as Input | null) ?? {};
      const started = Date.now();
      return jobs.add(
        'Cleaning...',
        () => clean((i.paths as string[] | null) ?? [], i.dryRun === true),
        () => {
          // task_clean.go notifies scan-complete subscribers after a clean as well
          scanComplete.publish(true);
          ctx.log('Info', `Finished Cleaning (${goDuration(Date.now() - started)})`);
        },
      );
    },
    metadataAutoTag: ({ input }) => {
      const started = Date.now();
      return jobs.add(
        'Auto-tagging...',
        () => autoTag((input as Input | null) ?? {}),
        () => ctx.log('Info', `Finished auto-tag after ${goDuration(Date.now() - started)}`),
      );
    },
    stopJob: ({ job_id }) => jobs.stop(parseId(job_id, 'job id')),
    stopAllJobs: () => jobs.stopAll(),
  };
  for (const [name, description] of Object.entries(SIMPLE_JOBS)) mutation[name] = simpleJob(name, description);

  return {
    jobs,
    scanComplete,
    query: {
      // GetQueue builds a nil slice when nothing is queued: null, not []
      jobQueue: () => {
        const queue = jobs.list();
        return queue.length ? queue : null;
      },
      findJob: ({ input }) => jobs.get(atoi((input as Input).id)),
    },
    mutation,
  };
}
