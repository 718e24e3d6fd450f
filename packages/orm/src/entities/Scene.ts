import { defineEntity } from '../defineEntity.js';
import { belongsTo, habtm, hasManyThrough } from '../defineRelations.js';
import { stateOf } from '../Entity.js';
import type { QueuedOperation } from '../entityState.js';
import { registerEntity } from '../registerEntity.js';
import type { Group } from './Group.js';
import { idOf, stashIdInput } from './stashIdInput.js';

/** A group the scene is in, with its index (SceneGroup). */
export interface SceneGroupItem {
  group: Group;
  scene_index?: number | null | undefined;
}

type History = { count: number; history: string[] };

function history(
  label: string,
  mutation: string,
  times: readonly (string | Date)[] | undefined,
  count: string,
  list: string,
): QueuedOperation {
  const t = times?.map((x) => (x instanceof Date ? x.toISOString() : x));
  return {
    label,
    build: (id) => ({ mutation, variables: t ? { id, times: t } : { id } }),
    apply: (entity, result) => {
      const r = result as History;
      const s = stateOf(entity);
      s.loaded[count] = r.count;
      s.loaded[list] = Object.freeze([...r.history]);
    },
  };
}

export class Scene extends defineEntity('Scene', {
  studio: belongsTo('Studio'),
  tags: habtm('Tag'),
  performers: habtm('Performer'),
  galleries: habtm('Gallery', { inverse: 'scenes' }),
  groups: hasManyThrough('Group', {
    via: 'group',
    transform: (item: SceneGroupItem) => ({ group_id: idOf(item.group), scene_index: item.scene_index ?? null }),
  }),
  stash_ids: hasManyThrough(null, { transform: stashIdInput }),
}) {
  // Play and O history are written through their own mutations (sceneAddPlay …), queued until save.
  addPlay(times?: readonly (string | Date)[]): this {
    return this.queue(history('addPlay', 'sceneAddPlay', times, 'play_count', 'play_history'));
  }
  deletePlay(times?: readonly (string | Date)[]): this {
    return this.queue(history('deletePlay', 'sceneDeletePlay', times, 'play_count', 'play_history'));
  }
  addO(times?: readonly (string | Date)[]): this {
    return this.queue(history('addO', 'sceneAddO', times, 'o_counter', 'o_history'));
  }
  deleteO(times?: readonly (string | Date)[]): this {
    return this.queue(history('deleteO', 'sceneDeleteO', times, 'o_counter', 'o_history'));
  }
  resetO(): this {
    return this.queue({
      label: 'resetO',
      build: (id) => ({ mutation: 'sceneResetO', variables: { id } }),
      apply: (entity, result) => {
        const s = stateOf(entity);
        s.loaded.o_counter = result as number;
        s.loaded.o_history = Object.freeze([]);
      },
    });
  }
  /** Saves the resume point and adds `playDuration` seconds of playback (sceneSaveActivity). */
  saveActivity(activity: { resume_time?: number | undefined; playDuration?: number | undefined }): this {
    return this.queue({
      label: 'saveActivity',
      build: (id) => ({ mutation: 'sceneSaveActivity', variables: { id, ...activity } }),
      apply: (entity) => {
        const s = stateOf(entity);
        if (activity.resume_time !== undefined) s.loaded.resume_time = activity.resume_time;
        // The new total is the server's; forget the stale one rather than guess.
        if (activity.playDuration !== undefined) delete s.loaded.play_duration;
      },
    });
  }
}
registerEntity(Scene);
