/* eslint-disable */
// biome-ignore-all lint: generated file
/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm codegen` from fragments/*.graphql and the Stash v0.30.1 schema (schema/stash-schema.lock.json).
 */
import type * as Types from './schemaTypes.js';

/** Each entity's schema object type and its create/update inputs, for typing entity fields. */
export interface EntitySchemaTypes {
  Scene: { output: Types.Scene; create: Types.SceneCreateInput; update: Types.SceneUpdateInput };
  Image: { output: Types.Image; create: never; update: Types.ImageUpdateInput };
  Gallery: { output: Types.Gallery; create: Types.GalleryCreateInput; update: Types.GalleryUpdateInput };
  GalleryChapter: { output: Types.GalleryChapter; create: Types.GalleryChapterCreateInput; update: Types.GalleryChapterUpdateInput };
  Performer: { output: Types.Performer; create: Types.PerformerCreateInput; update: Types.PerformerUpdateInput };
  Studio: { output: Types.Studio; create: Types.StudioCreateInput; update: Types.StudioUpdateInput };
  Tag: { output: Types.Tag; create: Types.TagCreateInput; update: Types.TagUpdateInput };
  Group: { output: Types.Group; create: Types.GroupCreateInput; update: Types.GroupUpdateInput };
  SceneMarker: { output: Types.SceneMarker; create: Types.SceneMarkerCreateInput; update: Types.SceneMarkerUpdateInput };
  SavedFilter: { output: Types.SavedFilter; create: Types.SaveFilterInput; update: Types.SaveFilterInput };
  VideoFile: { output: Types.VideoFile; create: never; update: never };
  ImageFile: { output: Types.ImageFile; create: never; update: never };
  GalleryFile: { output: Types.GalleryFile; create: never; update: never };
  Folder: { output: Types.Folder; create: never; update: never };
}

/** How one field is typed in the schema: named type, its kind, list and nullability. */
export interface FieldMeta {
  readonly type: string;
  readonly kind: 'SCALAR' | 'ENUM' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'INPUT_OBJECT';
  readonly list: boolean;
  readonly nonNull: boolean;
  readonly itemNonNull: boolean;
}

/** A mutation and its input: `arg` is the argument name, `input` the input type when it is an input object. */
export interface MutationMeta {
  readonly mutation: string;
  readonly arg: string | null;
  readonly input: string | null;
  readonly fields: Readonly<Record<string, FieldMeta>>;
}

export interface EntityMeta {
  readonly typename: string;
  /** Output fields of the object type. */
  readonly fields: Readonly<Record<string, FieldMeta>>;
  readonly create: MutationMeta | null;
  readonly update: MutationMeta | null;
  readonly bulkUpdate: MutationMeta | null;
  readonly destroy: { readonly mutation: string; readonly arg: string | null; readonly input: string | null; readonly idField: string | null; readonly options: readonly string[] } | null;
  readonly destroyMany: string | null;
  readonly merge: { readonly mutation: string; readonly input: string | null } | null;
  /** The find query, its filter argument and the relationship criteria (multi-id) of that filter. */
  readonly find: { readonly query: string; readonly filterArg: string; readonly filterType: string; readonly resultField: string | null; readonly criteria: Readonly<Record<string, string>> } | null;
  /** Output field → the create/update input field that writes it (`studio` → `studio_id`). */
  readonly inputFields: Readonly<Record<string, string>>;
}

export type EntityTypename = 'Scene' | 'Image' | 'Gallery' | 'GalleryChapter' | 'Performer' | 'Studio' | 'Tag' | 'Group' | 'SceneMarker' | 'SavedFilter' | 'VideoFile' | 'ImageFile' | 'GalleryFile' | 'Folder';

/** Values of every enum used by an entity field or input. */
export const ENUM_VALUES: Readonly<Record<string, readonly string[]>> = {
  "CircumisedEnum": [
    "CUT",
    "UNCUT"
  ],
  "FilterMode": [
    "GALLERIES",
    "GROUPS",
    "IMAGES",
    "MOVIES",
    "PERFORMERS",
    "SCENES",
    "SCENE_MARKERS",
    "STUDIOS",
    "TAGS"
  ],
  "GenderEnum": [
    "FEMALE",
    "INTERSEX",
    "MALE",
    "NON_BINARY",
    "TRANSGENDER_FEMALE",
    "TRANSGENDER_MALE"
  ]
};

/** Entity metadata read from the schema, keyed by typename. */
export const ENTITY_META: { readonly [K in EntityTypename]: EntityMeta } = {
  "Scene": {
    "typename": "Scene",
    "fields": {
      "captions": {
        "type": "VideoCaption",
        "kind": "OBJECT",
        "list": true,
        "nonNull": false,
        "itemNonNull": true
      },
      "code": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "date": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "details": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "director": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "files": {
        "type": "VideoFile",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "galleries": {
        "type": "Gallery",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "groups": {
        "type": "SceneGroup",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "interactive": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "interactive_speed": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "last_played_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "movies": {
        "type": "SceneMovie",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "o_counter": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "o_history": {
        "type": "Time",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "organized": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "paths": {
        "type": "ScenePathsType",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "performers": {
        "type": "Performer",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "play_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "play_duration": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "play_history": {
        "type": "Time",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "resume_time": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "sceneStreams": {
        "type": "SceneStreamEndpoint",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "scene_markers": {
        "type": "SceneMarker",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "stash_ids": {
        "type": "StashID",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "studio": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "title": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "url": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      }
    },
    "create": {
      "mutation": "sceneCreate",
      "arg": "input",
      "input": "SceneCreateInput",
      "fields": {
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "cover_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "file_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "gallery_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "groups": {
          "type": "SceneGroupInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "movies": {
          "type": "SceneMovieInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "update": {
      "mutation": "sceneUpdate",
      "arg": "input",
      "input": "SceneUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "cover_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gallery_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "groups": {
          "type": "SceneGroupInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "movies": {
          "type": "SceneMovieInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "o_counter": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "play_count": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "play_duration": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "primary_file_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "resume_time": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkSceneUpdate",
      "arg": "input",
      "input": "BulkSceneUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gallery_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "group_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "movie_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "sceneDestroy",
      "arg": "input",
      "input": "SceneDestroyInput",
      "idField": "id",
      "options": [
        "delete_file",
        "delete_generated"
      ]
    },
    "destroyMany": "scenesDestroy",
    "merge": {
      "mutation": "sceneMerge",
      "input": "SceneMergeInput"
    },
    "find": {
      "query": "findScenes",
      "filterArg": "scene_filter",
      "filterType": "SceneFilterType",
      "resultField": "scenes",
      "criteria": {
        "galleries": "MultiCriterionInput",
        "groups": "HierarchicalMultiCriterionInput",
        "movies": "MultiCriterionInput",
        "performer_tags": "HierarchicalMultiCriterionInput",
        "performers": "MultiCriterionInput",
        "studios": "HierarchicalMultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "code": "code",
      "date": "date",
      "details": "details",
      "director": "director",
      "files": "file_ids",
      "galleries": "gallery_ids",
      "groups": "groups",
      "movies": "movies",
      "o_counter": "o_counter",
      "organized": "organized",
      "performers": "performer_ids",
      "play_count": "play_count",
      "play_duration": "play_duration",
      "rating100": "rating100",
      "resume_time": "resume_time",
      "stash_ids": "stash_ids",
      "studio": "studio_id",
      "tags": "tag_ids",
      "title": "title",
      "url": "url",
      "urls": "urls"
    }
  },
  "Image": {
    "typename": "Image",
    "fields": {
      "code": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "date": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "details": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "files": {
        "type": "ImageFile",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "galleries": {
        "type": "Gallery",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "o_counter": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "organized": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "paths": {
        "type": "ImagePathsType",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "performers": {
        "type": "Performer",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "photographer": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "studio": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "title": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "url": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "visual_files": {
        "type": "VisualFile",
        "kind": "UNION",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      }
    },
    "create": null,
    "update": {
      "mutation": "imageUpdate",
      "arg": "input",
      "input": "ImageUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gallery_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "photographer": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "primary_file_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkImageUpdate",
      "arg": "input",
      "input": "BulkImageUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gallery_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "photographer": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "imageDestroy",
      "arg": "input",
      "input": "ImageDestroyInput",
      "idField": "id",
      "options": [
        "delete_file",
        "delete_generated"
      ]
    },
    "destroyMany": "imagesDestroy",
    "merge": null,
    "find": {
      "query": "findImages",
      "filterArg": "image_filter",
      "filterType": "ImageFilterType",
      "resultField": "images",
      "criteria": {
        "galleries": "MultiCriterionInput",
        "performer_tags": "HierarchicalMultiCriterionInput",
        "performers": "MultiCriterionInput",
        "studios": "HierarchicalMultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "code": "code",
      "date": "date",
      "details": "details",
      "galleries": "gallery_ids",
      "organized": "organized",
      "performers": "performer_ids",
      "photographer": "photographer",
      "rating100": "rating100",
      "studio": "studio_id",
      "tags": "tag_ids",
      "title": "title",
      "url": "url",
      "urls": "urls"
    }
  },
  "Gallery": {
    "typename": "Gallery",
    "fields": {
      "chapters": {
        "type": "GalleryChapter",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "code": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "cover": {
        "type": "Image",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "date": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "details": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "files": {
        "type": "GalleryFile",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "folder": {
        "type": "Folder",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image": {
        "type": "Image",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "organized": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "paths": {
        "type": "GalleryPathsType",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "performers": {
        "type": "Performer",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "photographer": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "scenes": {
        "type": "Scene",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "studio": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "title": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "url": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      }
    },
    "create": {
      "mutation": "galleryCreate",
      "arg": "input",
      "input": "GalleryCreateInput",
      "fields": {
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "photographer": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "scene_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "update": {
      "mutation": "galleryUpdate",
      "arg": "input",
      "input": "GalleryUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "photographer": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "primary_file_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "scene_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkGalleryUpdate",
      "arg": "input",
      "input": "BulkGalleryUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "code": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "organized": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "performer_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "photographer": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "scene_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "galleryDestroy",
      "arg": "input",
      "input": "GalleryDestroyInput",
      "idField": "ids",
      "options": [
        "delete_file",
        "delete_generated"
      ]
    },
    "destroyMany": null,
    "merge": null,
    "find": {
      "query": "findGalleries",
      "filterArg": "gallery_filter",
      "filterType": "GalleryFilterType",
      "resultField": "galleries",
      "criteria": {
        "performer_tags": "HierarchicalMultiCriterionInput",
        "performers": "MultiCriterionInput",
        "scenes": "MultiCriterionInput",
        "studios": "HierarchicalMultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "code": "code",
      "date": "date",
      "details": "details",
      "organized": "organized",
      "performers": "performer_ids",
      "photographer": "photographer",
      "rating100": "rating100",
      "scenes": "scene_ids",
      "studio": "studio_id",
      "tags": "tag_ids",
      "title": "title",
      "url": "url",
      "urls": "urls"
    }
  },
  "GalleryChapter": {
    "typename": "GalleryChapter",
    "fields": {
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "gallery": {
        "type": "Gallery",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_index": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "title": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      }
    },
    "create": {
      "mutation": "galleryChapterCreate",
      "arg": "input",
      "input": "GalleryChapterCreateInput",
      "fields": {
        "gallery_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "image_index": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        }
      }
    },
    "update": {
      "mutation": "galleryChapterUpdate",
      "arg": "input",
      "input": "GalleryChapterUpdateInput",
      "fields": {
        "gallery_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "image_index": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "bulkUpdate": null,
    "destroy": {
      "mutation": "galleryChapterDestroy",
      "arg": "id",
      "input": null,
      "idField": "id",
      "options": []
    },
    "destroyMany": null,
    "merge": null,
    "find": null,
    "inputFields": {
      "gallery": "gallery_id",
      "image_index": "image_index",
      "title": "title"
    }
  },
  "Performer": {
    "typename": "Performer",
    "fields": {
      "alias_list": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "birthdate": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "career_length": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "circumcised": {
        "type": "CircumisedEnum",
        "kind": "ENUM",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "country": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "custom_fields": {
        "type": "Map",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "death_date": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "details": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "disambiguation": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "ethnicity": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "eye_color": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "fake_tits": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "favorite": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "gallery_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "gender": {
        "type": "GenderEnum",
        "kind": "ENUM",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "group_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "groups": {
        "type": "Group",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "hair_color": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "height_cm": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "ignore_auto_tag": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "instagram": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "measurements": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "movie_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "movies": {
        "type": "Movie",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "o_counter": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "penis_length": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "performer_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "piercings": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "scene_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "scenes": {
        "type": "Scene",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "stash_ids": {
        "type": "StashID",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "tattoos": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "twitter": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "url": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": false,
        "itemNonNull": true
      },
      "weight": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": {
      "mutation": "performerCreate",
      "arg": "input",
      "input": "PerformerCreateInput",
      "fields": {
        "alias_list": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "birthdate": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "career_length": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "circumcised": {
          "type": "CircumisedEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "country": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "custom_fields": {
          "type": "Map",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "death_date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "disambiguation": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ethnicity": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "eye_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "fake_tits": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gender": {
          "type": "GenderEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "hair_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "height_cm": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "instagram": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "measurements": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "penis_length": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "piercings": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tattoos": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "twitter": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "weight": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "update": {
      "mutation": "performerUpdate",
      "arg": "input",
      "input": "PerformerUpdateInput",
      "fields": {
        "alias_list": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "birthdate": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "career_length": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "circumcised": {
          "type": "CircumisedEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "country": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "custom_fields": {
          "type": "CustomFieldsInput",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "death_date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "disambiguation": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ethnicity": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "eye_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "fake_tits": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gender": {
          "type": "GenderEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "hair_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "height_cm": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "instagram": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "measurements": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "penis_length": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "piercings": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tattoos": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "twitter": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "weight": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkPerformerUpdate",
      "arg": "input",
      "input": "BulkPerformerUpdateInput",
      "fields": {
        "alias_list": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "birthdate": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "career_length": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "circumcised": {
          "type": "CircumisedEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "country": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "custom_fields": {
          "type": "CustomFieldsInput",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "death_date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "disambiguation": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ethnicity": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "eye_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "fake_tits": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "gender": {
          "type": "GenderEnum",
          "kind": "ENUM",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "hair_color": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "height_cm": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "instagram": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "measurements": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "penis_length": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "piercings": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tattoos": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "twitter": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "weight": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "performerDestroy",
      "arg": "input",
      "input": "PerformerDestroyInput",
      "idField": "id",
      "options": []
    },
    "destroyMany": "performersDestroy",
    "merge": null,
    "find": {
      "query": "findPerformers",
      "filterArg": "performer_filter",
      "filterType": "PerformerFilterType",
      "resultField": "performers",
      "criteria": {
        "groups": "HierarchicalMultiCriterionInput",
        "performers": "MultiCriterionInput",
        "studios": "HierarchicalMultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "alias_list": "alias_list",
      "birthdate": "birthdate",
      "career_length": "career_length",
      "circumcised": "circumcised",
      "country": "country",
      "custom_fields": "custom_fields",
      "death_date": "death_date",
      "details": "details",
      "disambiguation": "disambiguation",
      "ethnicity": "ethnicity",
      "eye_color": "eye_color",
      "fake_tits": "fake_tits",
      "favorite": "favorite",
      "gender": "gender",
      "hair_color": "hair_color",
      "height_cm": "height_cm",
      "ignore_auto_tag": "ignore_auto_tag",
      "instagram": "instagram",
      "measurements": "measurements",
      "name": "name",
      "penis_length": "penis_length",
      "piercings": "piercings",
      "rating100": "rating100",
      "stash_ids": "stash_ids",
      "tags": "tag_ids",
      "tattoos": "tattoos",
      "twitter": "twitter",
      "url": "url",
      "urls": "urls",
      "weight": "weight"
    }
  },
  "Studio": {
    "typename": "Studio",
    "fields": {
      "aliases": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "child_studios": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "details": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "favorite": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "gallery_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "group_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "groups": {
        "type": "Group",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "ignore_auto_tag": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "movie_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "movies": {
        "type": "Movie",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "o_counter": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "parent_studio": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "performer_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "scene_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "stash_ids": {
        "type": "StashID",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "url": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      }
    },
    "create": {
      "mutation": "studioCreate",
      "arg": "input",
      "input": "StudioCreateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "parent_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "update": {
      "mutation": "studioUpdate",
      "arg": "input",
      "input": "StudioUpdateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "parent_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkStudioUpdate",
      "arg": "input",
      "input": "BulkStudioUpdateInput",
      "fields": {
        "details": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": true,
          "itemNonNull": true
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "parent_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "url": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "studioDestroy",
      "arg": "input",
      "input": "StudioDestroyInput",
      "idField": "id",
      "options": []
    },
    "destroyMany": "studiosDestroy",
    "merge": null,
    "find": {
      "query": "findStudios",
      "filterArg": "studio_filter",
      "filterType": "StudioFilterType",
      "resultField": "studios",
      "criteria": {
        "parents": "MultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "aliases": "aliases",
      "details": "details",
      "favorite": "favorite",
      "ignore_auto_tag": "ignore_auto_tag",
      "name": "name",
      "parent_studio": "parent_id",
      "rating100": "rating100",
      "stash_ids": "stash_ids",
      "tags": "tag_ids",
      "url": "url",
      "urls": "urls"
    }
  },
  "Tag": {
    "typename": "Tag",
    "fields": {
      "aliases": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "child_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "children": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "description": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "favorite": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "gallery_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "group_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "ignore_auto_tag": {
        "type": "Boolean",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "image_path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "movie_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parents": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "performer_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "scene_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "scene_marker_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "sort_name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "stash_ids": {
        "type": "StashID",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "studio_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      }
    },
    "create": {
      "mutation": "tagCreate",
      "arg": "input",
      "input": "TagCreateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "child_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "description": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "parent_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "sort_name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "update": {
      "mutation": "tagUpdate",
      "arg": "input",
      "input": "TagUpdateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "child_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "description": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "parent_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "sort_name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "stash_ids": {
          "type": "StashIDInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkTagUpdate",
      "arg": "input",
      "input": "BulkTagUpdateInput",
      "fields": {
        "aliases": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "child_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "description": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "favorite": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "ignore_auto_tag": {
          "type": "Boolean",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "parent_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "tagDestroy",
      "arg": "input",
      "input": "TagDestroyInput",
      "idField": "id",
      "options": []
    },
    "destroyMany": "tagsDestroy",
    "merge": {
      "mutation": "tagsMerge",
      "input": "TagsMergeInput"
    },
    "find": {
      "query": "findTags",
      "filterArg": "tag_filter",
      "filterType": "TagFilterType",
      "resultField": "tags",
      "criteria": {
        "children": "HierarchicalMultiCriterionInput",
        "parents": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "aliases": "aliases",
      "children": "child_ids",
      "description": "description",
      "favorite": "favorite",
      "ignore_auto_tag": "ignore_auto_tag",
      "name": "name",
      "parents": "parent_ids",
      "sort_name": "sort_name",
      "stash_ids": "stash_ids"
    }
  },
  "Group": {
    "typename": "Group",
    "fields": {
      "aliases": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "back_image_path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "containing_groups": {
        "type": "GroupDescription",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "date": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "director": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "duration": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "front_image_path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "o_counter": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "performer_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "rating100": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "scene_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "scenes": {
        "type": "Scene",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "studio": {
        "type": "Studio",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "sub_group_count": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "sub_groups": {
        "type": "GroupDescription",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "synopsis": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "urls": {
        "type": "String",
        "kind": "SCALAR",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      }
    },
    "create": {
      "mutation": "groupCreate",
      "arg": "input",
      "input": "GroupCreateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "back_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "containing_groups": {
          "type": "GroupDescriptionInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "duration": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "front_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "sub_groups": {
          "type": "GroupDescriptionInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "synopsis": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "update": {
      "mutation": "groupUpdate",
      "arg": "input",
      "input": "GroupUpdateInput",
      "fields": {
        "aliases": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "back_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "containing_groups": {
          "type": "GroupDescriptionInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "date": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "duration": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "front_image": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "sub_groups": {
          "type": "GroupDescriptionInput",
          "kind": "INPUT_OBJECT",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "synopsis": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "urls": {
          "type": "String",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkGroupUpdate",
      "arg": "input",
      "input": "BulkGroupUpdateInput",
      "fields": {
        "clientMutationId": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "containing_groups": {
          "type": "BulkUpdateGroupDescriptionsInput",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "director": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "rating100": {
          "type": "Int",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "studio_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "sub_groups": {
          "type": "BulkUpdateGroupDescriptionsInput",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "urls": {
          "type": "BulkUpdateStrings",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "groupDestroy",
      "arg": "input",
      "input": "GroupDestroyInput",
      "idField": "id",
      "options": []
    },
    "destroyMany": "groupsDestroy",
    "merge": null,
    "find": {
      "query": "findGroups",
      "filterArg": "group_filter",
      "filterType": "GroupFilterType",
      "resultField": "groups",
      "criteria": {
        "containing_groups": "HierarchicalMultiCriterionInput",
        "performers": "MultiCriterionInput",
        "studios": "HierarchicalMultiCriterionInput",
        "sub_groups": "HierarchicalMultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "aliases": "aliases",
      "containing_groups": "containing_groups",
      "date": "date",
      "director": "director",
      "duration": "duration",
      "name": "name",
      "rating100": "rating100",
      "studio": "studio_id",
      "sub_groups": "sub_groups",
      "synopsis": "synopsis",
      "tags": "tag_ids",
      "urls": "urls"
    }
  },
  "SceneMarker": {
    "typename": "SceneMarker",
    "fields": {
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "end_seconds": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "preview": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "primary_tag": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "scene": {
        "type": "Scene",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "screenshot": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "seconds": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "stream": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "tags": {
        "type": "Tag",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "title": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      }
    },
    "create": {
      "mutation": "sceneMarkerCreate",
      "arg": "input",
      "input": "SceneMarkerCreateInput",
      "fields": {
        "end_seconds": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "primary_tag_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "scene_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "seconds": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        }
      }
    },
    "update": {
      "mutation": "sceneMarkerUpdate",
      "arg": "input",
      "input": "SceneMarkerUpdateInput",
      "fields": {
        "end_seconds": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "primary_tag_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "scene_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "seconds": {
          "type": "Float",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "bulkUpdate": {
      "mutation": "bulkSceneMarkerUpdate",
      "arg": "input",
      "input": "BulkSceneMarkerUpdateInput",
      "fields": {
        "ids": {
          "type": "ID",
          "kind": "SCALAR",
          "list": true,
          "nonNull": false,
          "itemNonNull": true
        },
        "primary_tag_id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "tag_ids": {
          "type": "BulkUpdateIds",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "title": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "destroy": {
      "mutation": "sceneMarkerDestroy",
      "arg": "id",
      "input": null,
      "idField": "id",
      "options": []
    },
    "destroyMany": "sceneMarkersDestroy",
    "merge": null,
    "find": {
      "query": "findSceneMarkers",
      "filterArg": "scene_marker_filter",
      "filterType": "SceneMarkerFilterType",
      "resultField": "scene_markers",
      "criteria": {
        "performers": "MultiCriterionInput",
        "scene_tags": "HierarchicalMultiCriterionInput",
        "scenes": "MultiCriterionInput",
        "tags": "HierarchicalMultiCriterionInput"
      }
    },
    "inputFields": {
      "end_seconds": "end_seconds",
      "primary_tag": "primary_tag_id",
      "scene": "scene_id",
      "seconds": "seconds",
      "tags": "tag_ids",
      "title": "title"
    }
  },
  "SavedFilter": {
    "typename": "SavedFilter",
    "fields": {
      "filter": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "find_filter": {
        "type": "SavedFindFilterType",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "mode": {
        "type": "FilterMode",
        "kind": "ENUM",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "name": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "object_filter": {
        "type": "Map",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "ui_options": {
        "type": "Map",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": {
      "mutation": "saveFilter",
      "arg": "input",
      "input": "SaveFilterInput",
      "fields": {
        "find_filter": {
          "type": "FindFilterType",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "mode": {
          "type": "FilterMode",
          "kind": "ENUM",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "object_filter": {
          "type": "Map",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ui_options": {
          "type": "Map",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "update": {
      "mutation": "saveFilter",
      "arg": "input",
      "input": "SaveFilterInput",
      "fields": {
        "find_filter": {
          "type": "FindFilterType",
          "kind": "INPUT_OBJECT",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "id": {
          "type": "ID",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "mode": {
          "type": "FilterMode",
          "kind": "ENUM",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "name": {
          "type": "String",
          "kind": "SCALAR",
          "list": false,
          "nonNull": true,
          "itemNonNull": false
        },
        "object_filter": {
          "type": "Map",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        },
        "ui_options": {
          "type": "Map",
          "kind": "SCALAR",
          "list": false,
          "nonNull": false,
          "itemNonNull": false
        }
      }
    },
    "bulkUpdate": null,
    "destroy": {
      "mutation": "destroySavedFilter",
      "arg": "input",
      "input": "DestroyFilterInput",
      "idField": "id",
      "options": []
    },
    "destroyMany": null,
    "merge": null,
    "find": null,
    "inputFields": {
      "find_filter": "find_filter",
      "mode": "mode",
      "name": "name",
      "object_filter": "object_filter",
      "ui_options": "ui_options"
    }
  },
  "VideoFile": {
    "typename": "VideoFile",
    "fields": {
      "audio_codec": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "basename": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "bit_rate": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "duration": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "fingerprint": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "fingerprints": {
        "type": "Fingerprint",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "format": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "frame_rate": {
        "type": "Float",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "height": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "mod_time": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder": {
        "type": "Folder",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "size": {
        "type": "Int64",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "video_codec": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "width": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "zip_file": {
        "type": "BasicFile",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "zip_file_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": null,
    "update": null,
    "bulkUpdate": null,
    "destroy": null,
    "destroyMany": null,
    "merge": null,
    "find": null,
    "inputFields": {}
  },
  "ImageFile": {
    "typename": "ImageFile",
    "fields": {
      "basename": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "fingerprint": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "fingerprints": {
        "type": "Fingerprint",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "format": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "height": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "mod_time": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder": {
        "type": "Folder",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "size": {
        "type": "Int64",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "width": {
        "type": "Int",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "zip_file": {
        "type": "BasicFile",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "zip_file_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": null,
    "update": null,
    "bulkUpdate": null,
    "destroy": null,
    "destroyMany": null,
    "merge": null,
    "find": null,
    "inputFields": {}
  },
  "GalleryFile": {
    "typename": "GalleryFile",
    "fields": {
      "basename": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "fingerprint": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "fingerprints": {
        "type": "Fingerprint",
        "kind": "OBJECT",
        "list": true,
        "nonNull": true,
        "itemNonNull": true
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "mod_time": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder": {
        "type": "Folder",
        "kind": "OBJECT",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "size": {
        "type": "Int64",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "zip_file": {
        "type": "BasicFile",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "zip_file_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": null,
    "update": null,
    "bulkUpdate": null,
    "destroy": null,
    "destroyMany": null,
    "merge": null,
    "find": null,
    "inputFields": {}
  },
  "Folder": {
    "typename": "Folder",
    "fields": {
      "created_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "mod_time": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "parent_folder": {
        "type": "Folder",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "parent_folder_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "path": {
        "type": "String",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "updated_at": {
        "type": "Time",
        "kind": "SCALAR",
        "list": false,
        "nonNull": true,
        "itemNonNull": false
      },
      "zip_file": {
        "type": "BasicFile",
        "kind": "OBJECT",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      },
      "zip_file_id": {
        "type": "ID",
        "kind": "SCALAR",
        "list": false,
        "nonNull": false,
        "itemNonNull": false
      }
    },
    "create": null,
    "update": null,
    "bulkUpdate": null,
    "destroy": null,
    "destroyMany": null,
    "merge": null,
    "find": {
      "query": "findFolders",
      "filterArg": "folder_filter",
      "filterType": "FolderFilterType",
      "resultField": "folders",
      "criteria": {
        "parent_folder": "HierarchicalMultiCriterionInput",
        "zip_file": "MultiCriterionInput"
      }
    },
    "inputFields": {}
  }
};
