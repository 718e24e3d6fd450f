import type { BackendContext } from './BackendContext.js';
import type { EntityKind } from './FakeStashState.js';
import type { Row } from './Table.js';

export type Value = string | number | boolean | null;
type Getter = (row: Row, ctx: BackendContext) => Value;

export interface Column {
  get: Getter;
  /** The row field a raw UPDATE writes, when the column maps onto one. */
  field?: string;
  int?: boolean;
}

const time: Getter = (row) => String(row.created_at).replace(/\.\d+Z$/, 'Z');
const plain = (field: string, int = false): Column => ({
  get: (row) => {
    const v = row[field];
    return v === undefined ? null : int && v !== null ? Number(v) : (v as Value);
  },
  field,
  int,
});
const nullCol: Column = { get: () => null };
const link = (name: string): Column => ({
  get: (row, ctx) => {
    const id = (ctx.state.links as unknown as Record<string, { get(id: string): string[] }>)[name]?.get(row.id)[0];
    return id === undefined ? null : Number(id);
  },
  int: true,
});

const common = (): Record<string, Column> => ({
  id: { get: (row) => Number(row.id), int: true },
  created_at: { get: time },
  updated_at: { get: (row) => String(row.updated_at).replace(/\.\d+Z$/, 'Z') },
});

/** Stash's tables and columns (PRAGMA table_info on v0.30.1) over the fake's rows and links. */
export const TABLES: Record<string, { kind: EntityKind; columns: Record<string, Column> }> = {
  tags: {
    kind: 'tag',
    columns: {
      ...pick(common(), 'id'),
      name: plain('name'),
      ...pick(common(), 'created_at', 'updated_at'),
      ignore_auto_tag: plain('ignore_auto_tag'),
      description: plain('description'),
      image_blob: nullCol,
      favorite: plain('favorite'),
      sort_name: plain('sort_name'),
    },
  },
  studios: {
    kind: 'studio',
    columns: {
      ...pick(common(), 'id'),
      name: plain('name'),
      parent_id: link('studioParent'),
      ...pick(common(), 'created_at', 'updated_at'),
      details: plain('details'),
      rating: plain('rating100', true),
      ignore_auto_tag: plain('ignore_auto_tag'),
      image_blob: nullCol,
      favorite: plain('favorite'),
    },
  },
  scenes: {
    kind: 'scene',
    columns: {
      ...pick(common(), 'id'),
      title: plain('title'),
      details: plain('details'),
      date: plain('date'),
      rating: plain('rating100', true),
      studio_id: link('sceneStudio'),
      organized: plain('organized'),
      ...pick(common(), 'created_at', 'updated_at'),
      code: plain('code'),
      director: plain('director'),
      resume_time: plain('resume_time'),
      play_duration: plain('play_duration'),
      cover_blob: nullCol,
      date_precision: nullCol,
    },
  },
  groups: {
    kind: 'group',
    columns: {
      ...pick(common(), 'id'),
      name: plain('name'),
      aliases: plain('aliases'),
      duration: plain('duration', true),
      date: plain('date'),
      rating: plain('rating100', true),
      studio_id: link('groupStudio'),
      director: plain('director'),
      description: plain('synopsis'),
      ...pick(common(), 'created_at', 'updated_at'),
      front_image_blob: nullCol,
      back_image_blob: nullCol,
      date_precision: nullCol,
    },
  },
  galleries: {
    kind: 'gallery',
    columns: {
      ...pick(common(), 'id'),
      folder_id: link('galleryFolder'),
      title: plain('title'),
      date: plain('date'),
      details: plain('details'),
      studio_id: link('galleryStudio'),
      rating: plain('rating100', true),
      organized: plain('organized'),
      ...pick(common(), 'created_at', 'updated_at'),
      code: plain('code'),
      photographer: plain('photographer'),
      date_precision: nullCol,
    },
  },
  performers: {
    kind: 'performer',
    columns: {
      ...pick(common(), 'id'),
      name: plain('name'),
      disambiguation: plain('disambiguation'),
      gender: plain('gender'),
      birthdate: plain('birthdate'),
      country: plain('country'),
      height: plain('height_cm', true),
      favorite: plain('favorite'),
      ...pick(common(), 'created_at', 'updated_at'),
      details: plain('details'),
      rating: plain('rating100', true),
      ignore_auto_tag: plain('ignore_auto_tag'),
    },
  },
  scene_markers: {
    kind: 'sceneMarker',
    columns: {
      ...pick(common(), 'id'),
      title: plain('title'),
      seconds: plain('seconds'),
      primary_tag_id: link('markerPrimaryTag'),
      scene_id: link('markerScene'),
      ...pick(common(), 'created_at', 'updated_at'),
      end_seconds: plain('end_seconds'),
    },
  },
};

function pick<T>(o: Record<string, T>, ...keys: string[]): Record<string, T> {
  return Object.fromEntries(keys.map((k) => [k, o[k] as T]));
}

/** Tables Stash has that the fake keeps in another form (join tables, fingerprints, blobs). */
export const STASH_TABLES = new Set(
  'files folders images images_files scenes_files galleries_files files_fingerprints video_files image_files scenes_tags scenes_performers scenes_galleries groups_scenes images_tags images_performers galleries_images galleries_tags galleries_performers performers_tags studios_tags tags_relations tag_aliases studio_aliases performer_aliases performer_urls scene_urls image_urls gallery_urls group_urls studio_urls scene_stash_ids performer_stash_ids studio_stash_ids tag_stash_ids scenes_o_dates scenes_view_dates saved_filters blobs schema_migrations groups_relations groups_tags scene_markers_tags galleries_chapters performer_custom_fields scene_custom_fields studio_custom_fields gallery_custom_fields group_custom_fields image_custom_fields'.split(
    ' ',
  ),
);
