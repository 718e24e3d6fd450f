import type { BackendContext } from './BackendContext.js';
import type { FileApi } from './BackendServices.js';
import { EntityStore } from './EntityStore.js';
import { atoi, type Input, parseId, parseIds } from './inputs.js';
import type { ResolverModule } from './ResolverModule.js';
import type { Row } from './Table.js';
import { type LibraryFile, normalizePath } from './VirtualLibrary.js';

/** internal/manager/config/config.go defaults. */
export const VIDEO_EXTENSIONS = [
  'm4v',
  'mp4',
  'mov',
  'wmv',
  'avi',
  'mpg',
  'mpeg',
  'rmvb',
  'rm',
  'flv',
  'asf',
  'mkv',
  'webm',
  'f4v',
];
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'];
export const GALLERY_EXTENSIONS = ['zip', 'cbz'];

export type FileType = 'VideoFile' | 'ImageFile' | 'GalleryFile' | 'BasicFile';

export function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function fileTypeOf(path: string): FileType {
  const ext = extensionOf(path);
  if (VIDEO_EXTENSIONS.includes(ext)) return 'VideoFile';
  if (IMAGE_EXTENSIONS.includes(ext)) return 'ImageFile';
  if (GALLERY_EXTENSIONS.includes(ext)) return 'GalleryFile';
  return 'BasicFile';
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Files and folders: internal/api/resolver_query_find_file.go, resolver_mutation_file.go, resolver_model_file.go. */
export function createFileResolvers(ctx: BackendContext): ResolverModule & { api: FileApi } {
  const { state } = ctx;

  const folders = new EntityStore(ctx, {
    kind: 'folder',
    typeName: 'Folder',
    relations: [],
    proto: {
      parent_folder() {
        return state.folders.get(this.parent_folder_id as string | null) ?? null;
      },
      zip_file() {
        return state.files.get(this.zip_file_id as string | null) ?? null;
      },
    },
  });

  const files = new EntityStore(ctx, {
    kind: 'file',
    typeName: 'BaseFile',
    relations: [],
    proto: {
      parent_folder() {
        return state.folders.get(this.parent_folder_id as string);
      },
      zip_file() {
        return state.files.get(this.zip_file_id as string | null) ?? null;
      },
      fingerprint(a) {
        return (this.fingerprints as { type: string; value: string }[]).find((f) => f.type === a.type)?.value ?? null;
      },
    },
  });

  function ensureFolder(path: string): Row {
    const p = normalizePath(path);
    const existing = state.folders.get(state.index.folderPath.get(p));
    if (existing) return existing;
    const parent = p === '/' || dirname(p) === p ? null : ensureFolder(dirname(p));
    const now = ctx.now();
    const row = state.folders.insert({
      path: p,
      parent_folder_id: parent?.id ?? null,
      zip_file_id: null,
      mod_time: now,
      created_at: now,
      updated_at: now,
    });
    state.indexRow('folder', row);
    return row;
  }

  function ensureFile(f: LibraryFile): Row {
    const path = normalizePath(f.path);
    const existing = state.files.get(state.index.filePath.get(path));
    if (existing) return existing;
    const folder = ensureFolder(dirname(path));
    const now = ctx.now();
    const type = fileTypeOf(path);
    const fingerprints: { type: string; value: string }[] = [];
    if (f.md5) fingerprints.push({ type: 'md5', value: f.md5 });
    if (f.oshash) fingerprints.push({ type: 'oshash', value: f.oshash });
    if (f.phash) fingerprints.push({ type: 'phash', value: f.phash });
    const base: Record<string, unknown> = {
      __typename: type,
      path,
      basename: basename(path),
      parent_folder_id: folder.id,
      zip_file_id: null,
      mod_time: f.mod_time ?? now,
      size: f.size ?? 0,
      fingerprints,
      created_at: now,
      updated_at: now,
    };
    if (type === 'VideoFile') {
      Object.assign(base, {
        format: f.format ?? extensionOf(path),
        width: f.width ?? 1920,
        height: f.height ?? 1080,
        duration: f.duration ?? 0,
        video_codec: f.video_codec ?? 'h264',
        audio_codec: f.audio_codec ?? 'aac',
        frame_rate: f.frame_rate ?? 30,
        bit_rate: f.bit_rate ?? 0,
        interactive: false,
        interactive_speed: null,
      });
    } else if (type === 'ImageFile') {
      Object.assign(base, { format: f.format ?? extensionOf(path), width: f.width ?? 800, height: f.height ?? 600 });
    }
    const row = state.files.insert(base as Omit<Row, 'id'>);
    state.indexRow('file', row);
    return row;
  }

  /** The scanner's move detection: a known file found at a new path. */
  function moveFile(id: string, path: string): boolean {
    const f = state.files.get(String(id));
    if (!f) return false;
    const p = normalizePath(String(path));
    state.unindexRow('file', f);
    f.path = p;
    f.basename = basename(p);
    f.parent_folder_id = ensureFolder(dirname(p)).id;
    f.updated_at = ctx.now();
    state.indexRow('file', f);
    return true;
  }

  const findByPath = (path: string) => state.files.get(state.index.filePath.get(normalizePath(path)));

  return {
    api: { ensureFile, ensureFolder, moveFile },
    stores: { file: files, folder: folders },
    query: {
      findFile: ({ id, path }) => {
        let f: Row | undefined;
        if (id != null) f = state.files.get(atoi(id));
        else if (path != null) f = findByPath(String(path));
        else throw new Error('either id or path must be provided');
        if (!f) throw new Error('file not found');
        return f;
      },
      findFolder: ({ id, path }) => {
        let f: Row | undefined;
        if (id != null) f = state.folders.get(atoi(id));
        else if (path != null) f = state.folders.get(state.index.folderPath.get(normalizePath(String(path))));
        else throw new Error('either id or path must be provided');
        if (!f) throw new Error('folder not found');
        return f;
      },
    },
    mutation: {
      fileSetFingerprints: ({ input }) => {
        const i = input as Input;
        const id = parseId(i.id);
        const sets = (i.fingerprints as { type: string; value?: string | null }[]) ?? [];
        for (const s of sets) {
          if (s.type === 'md5' || s.type === 'oshash') throw new Error(`cannot modify ${s.type} fingerprint`);
          if (s.type === 'phash' && s.value != null && !/^[0-9a-fA-F]{1,16}$/.test(s.value)) {
            throw new Error(
              `converting phash ${s.value}: strconv.ParseUint: parsing ${JSON.stringify(s.value)}: invalid syntax`,
            );
          }
        }
        const f = state.files.get(id);
        if (!f) throw new Error(`modifying fingerprints: FOREIGN KEY constraint failed`);
        state.unindexRow('file', f);
        let fps = [...(f.fingerprints as { type: string; value: string }[])];
        for (const s of sets) {
          fps = fps.filter((x) => x.type !== s.type);
          if (s.value != null) fps.push({ type: s.type, value: s.value });
        }
        f.fingerprints = fps;
        f.updated_at = ctx.now();
        state.indexRow('file', f);
        return true;
      },
      moveFiles: ({ input }) => {
        const i = input as Input;
        const ids = parseIds(i.ids);
        let folder: Row | undefined;
        if (i.destination_folder_id != null) {
          const fid = parseId(i.destination_folder_id, 'destination folder id');
          folder = state.folders.get(fid);
          if (!folder) throw new Error(`folder with id ${fid} not found`);
        } else if (i.destination_folder != null) {
          folder = ensureFolder(String(i.destination_folder));
        } else {
          throw new Error('must specify destination folder or path');
        }
        if (i.destination_basename != null && ids.length !== 1)
          throw new Error('must specify one file when providing destination path');
        for (const id of ids) {
          const f = state.files.get(id);
          if (!f) throw new Error(`finding file ${id}: not found`);
          const newBase = (i.destination_basename as string | null) ?? (f.basename as string);
          if (extensionOf(newBase) !== extensionOf(f.basename as string)) {
            throw new Error(`file extension for ${newBase} is inconsistent with old filename ${f.basename}`);
          }
        }
        for (const id of ids) {
          const f = state.files.get(id) as Row;
          state.unindexRow('file', f);
          const newBase = (i.destination_basename as string | null) ?? (f.basename as string);
          f.parent_folder_id = folder.id;
          f.basename = newBase;
          f.path = `${folder.path === '/' ? '' : folder.path}/${newBase}`;
          f.updated_at = ctx.now();
          state.indexRow('file', f);
        }
        return true;
      },
      deleteFiles: ({ ids }) => {
        const list = parseIds(ids);
        const L = state.links;
        for (const id of list) {
          const f = state.files.get(id);
          if (!f) continue;
          for (const link of [L.sceneFiles, L.imageFiles, L.galleryFiles]) {
            for (const owner of link.inverse(id)) {
              if (link.first(owner) === id && link.get(owner).length > 1)
                throw new Error(`cannot delete primary file ${f.path}`);
            }
          }
        }
        for (const id of list) state.destroyRow('file', id);
        return true;
      },
    },
  };
}
