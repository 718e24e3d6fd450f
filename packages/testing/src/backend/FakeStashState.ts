import { Link } from './Link.js';
import { NameIndex } from './NameIndex.js';
import { type Row, Table } from './Table.js';

export type EntityKind =
  | 'scene'
  | 'image'
  | 'gallery'
  | 'galleryChapter'
  | 'performer'
  | 'studio'
  | 'tag'
  | 'group'
  | 'sceneMarker'
  | 'savedFilter'
  | 'file'
  | 'folder';

const LINK_NAMES = [
  'sceneFiles',
  'sceneTags',
  'scenePerformers',
  'sceneGalleries',
  'sceneGroups',
  'sceneStudio',
  'imageFiles',
  'imageTags',
  'imagePerformers',
  'imageGalleries',
  'imageStudio',
  'galleryFiles',
  'galleryFolder',
  'galleryTags',
  'galleryPerformers',
  'galleryStudio',
  'galleryCover',
  'chapterGallery',
  'performerTags',
  'studioParent',
  'studioTags',
  'tagParents',
  'groupStudio',
  'groupTags',
  'groupSubGroups',
  'markerScene',
  'markerPrimaryTag',
  'markerTags',
] as const;
export type LinkName = (typeof LINK_NAMES)[number];

/** [owner kind, target kind] of each link, used for delete cascades. */
export const LINK_KINDS: Record<LinkName, readonly [EntityKind, EntityKind]> = {
  sceneFiles: ['scene', 'file'],
  sceneTags: ['scene', 'tag'],
  scenePerformers: ['scene', 'performer'],
  sceneGalleries: ['scene', 'gallery'],
  sceneGroups: ['scene', 'group'],
  sceneStudio: ['scene', 'studio'],
  imageFiles: ['image', 'file'],
  imageTags: ['image', 'tag'],
  imagePerformers: ['image', 'performer'],
  imageGalleries: ['image', 'gallery'],
  imageStudio: ['image', 'studio'],
  galleryFiles: ['gallery', 'file'],
  galleryFolder: ['gallery', 'folder'],
  galleryTags: ['gallery', 'tag'],
  galleryPerformers: ['gallery', 'performer'],
  galleryStudio: ['gallery', 'studio'],
  galleryCover: ['gallery', 'image'],
  chapterGallery: ['galleryChapter', 'gallery'],
  performerTags: ['performer', 'tag'],
  studioParent: ['studio', 'studio'],
  studioTags: ['studio', 'tag'],
  tagParents: ['tag', 'tag'],
  groupStudio: ['group', 'studio'],
  groupTags: ['group', 'tag'],
  groupSubGroups: ['group', 'group'],
  markerScene: ['sceneMarker', 'scene'],
  markerPrimaryTag: ['sceneMarker', 'tag'],
  markerTags: ['sceneMarker', 'tag'],
};

/** Rows that are deleted with their parent (ON DELETE CASCADE), rather than just unlinked. */
const CASCADE_DELETE: Partial<Record<EntityKind, readonly LinkName[]>> = {
  scene: ['markerScene'],
  gallery: ['chapterGallery'],
};

/**
 * All in-memory data. Scalar columns live on rows; every relation lives in a
 * {@link Link} (the equivalent of Stash's join tables / foreign keys) so counts
 * and cascades never need a full scan.
 */
export class FakeStashState {
  readonly tables: Record<EntityKind, Table> = {
    scene: new Table('scenes'),
    image: new Table('images'),
    gallery: new Table('galleries'),
    galleryChapter: new Table('galleries_chapters'),
    performer: new Table('performers'),
    studio: new Table('studios'),
    tag: new Table('tags'),
    group: new Table('groups'),
    sceneMarker: new Table('scene_markers'),
    savedFilter: new Table('saved_filters'),
    file: new Table('files'),
    folder: new Table('folders'),
  };
  readonly links = Object.fromEntries(LINK_NAMES.map((n) => [n, new Link(n)])) as Record<LinkName, Link>;

  /**
   * Bumped by every write (inserts, deletes, each mutation and job step). Caches derived from rows compare it
   * instead of tracking the many in-place updates.
   */
  version = 0;

  touch(): void {
    this.version++;
  }

  /** scene_index per `${sceneId}:${groupId}` (groups_scenes.scene_index). */
  readonly sceneGroupIndex = new Map<string, number | null>();
  /** description per `${containingId}:${subId}` (groups_relations.description). */
  readonly groupDescriptions = new Map<string, string | null>();
  /** order_index per `${containingId}:${subId}` (groups_relations.order_index); missing = position + 1. */
  readonly groupOrderIndexes = new Map<string, number>();
  /** Default filters per FilterMode (setDefaultFilter). */
  readonly defaultFilters = new Map<string, Record<string, unknown>>();

  constructor() {
    for (const t of Object.values(this.tables)) t.onChange = () => this.touch();
  }

  readonly index = {
    tagName: new NameIndex(),
    tagAlias: new NameIndex(),
    studioName: new NameIndex(),
    studioAlias: new NameIndex(),
    performerName: new NameIndex(),
    performerAlias: new NameIndex(),
    groupName: new NameIndex(),
    filePath: new Map<string, string>(),
    folderPath: new Map<string, string>(),
    /** `${type}:${value}` (value lower-cased) -> file ids. */
    fingerprint: new Map<string, Set<string>>(),
  };

  get scenes(): Table {
    return this.tables.scene;
  }
  get images(): Table {
    return this.tables.image;
  }
  get galleries(): Table {
    return this.tables.gallery;
  }
  get performers(): Table {
    return this.tables.performer;
  }
  get studios(): Table {
    return this.tables.studio;
  }
  get tags(): Table {
    return this.tables.tag;
  }
  get groups(): Table {
    return this.tables.group;
  }
  get files(): Table {
    return this.tables.file;
  }
  get folders(): Table {
    return this.tables.folder;
  }

  /** Adds a row's name/path/fingerprint keys to the indexes. Call after every write. */
  indexRow(kind: EntityKind, row: Row): void {
    this.walkKeys(kind, row, true);
  }

  /** Removes a row's keys from the indexes. Call before every write/delete. */
  unindexRow(kind: EntityKind, row: Row): void {
    this.walkKeys(kind, row, false);
  }

  private walkKeys(kind: EntityKind, row: Row, add: boolean): void {
    const op = (idx: NameIndex, name: unknown) =>
      typeof name === 'string' && (add ? idx.add(name, row.id) : idx.remove(name, row.id));
    const each = (idx: NameIndex, names: unknown) => {
      if (Array.isArray(names)) for (const n of names) op(idx, n);
    };
    switch (kind) {
      case 'tag':
        op(this.index.tagName, row.name);
        each(this.index.tagAlias, row.aliases);
        break;
      case 'studio':
        op(this.index.studioName, row.name);
        each(this.index.studioAlias, row.aliases);
        break;
      case 'performer':
        op(this.index.performerName, row.name);
        each(this.index.performerAlias, row.alias_list);
        break;
      case 'group':
        op(this.index.groupName, row.name);
        break;
      case 'folder':
        if (add) this.index.folderPath.set(row.path as string, row.id);
        else this.index.folderPath.delete(row.path as string);
        break;
      case 'file': {
        if (add) this.index.filePath.set(row.path as string, row.id);
        else this.index.filePath.delete(row.path as string);
        for (const fp of (row.fingerprints as { type: string; value: string }[] | undefined) ?? []) {
          const k = `${fp.type}:${String(fp.value).toLowerCase()}`;
          let s = this.index.fingerprint.get(k);
          if (add) {
            if (!s) {
              s = new Set();
              this.index.fingerprint.set(k, s);
            }
            s.add(row.id);
          } else {
            s?.delete(row.id);
            if (s?.size === 0) this.index.fingerprint.delete(k);
          }
        }
        break;
      }
      default:
        break;
    }
  }

  /**
   * Deletes a row and every relation that mentions it, like the foreign keys in
   * Stash's schema (join rows cascade, nullable FKs become NULL, owned rows go too).
   */
  destroyRow(kind: EntityKind, id: string): void {
    const row = this.tables[kind].get(id);
    if (!row) return;
    for (const link of CASCADE_DELETE[kind] ?? []) {
      const [ownerKind] = LINK_KINDS[link];
      for (const child of [...this.links[link].inverse(id)]) this.destroyRow(ownerKind, child);
    }
    this.unindexRow(kind, row);
    for (const [name, [owner, target]] of Object.entries(LINK_KINDS) as [
      LinkName,
      readonly [EntityKind, EntityKind],
    ][]) {
      if (owner === kind) this.links[name].deleteLeft(id);
      if (target === kind) this.links[name].deleteRight(id);
    }
    if (kind === 'scene' || kind === 'group') {
      for (const k of [...this.sceneGroupIndex.keys()]) {
        const [s, g] = k.split(':');
        if ((kind === 'scene' && s === id) || (kind === 'group' && g === id)) this.sceneGroupIndex.delete(k);
      }
    }
    this.tables[kind].delete(id);
  }

  filesByFingerprint(type: string, value: string): ReadonlySet<string> {
    return this.index.fingerprint.get(`${type}:${value.toLowerCase()}`) ?? new Set();
  }

  clear(): void {
    for (const t of Object.values(this.tables)) t.clear();
    for (const l of Object.values(this.links)) l.clear();
    this.sceneGroupIndex.clear();
    this.groupDescriptions.clear();
    this.groupOrderIndexes.clear();
    this.defaultFilters.clear();
    for (const idx of Object.values(this.index)) idx.clear();
  }
}
