import type { BackendContext } from './BackendContext.js';
import { parseId } from './inputs.js';
import type { RootResolver } from './ResolverModule.js';
import type { Row } from './Table.js';

export const hist = (r: Row, f: 'o_history' | 'play_history') => r[f] as string[];
/** History lists are read `ORDER BY <date> DESC` (pkg/sqlite/table.go getDates): newest first. */
export const newestFirst = (h: string[]) => [...h].sort().reverse();

/** A scene's O and play history and its activity (internal/api/resolver_mutation_scene.go, pkg/sqlite/scene.go). */
export function sceneHistoryMutations(
  ctx: BackendContext,
  requireScene: (id: string) => Row,
): Record<string, RootResolver> {
  /** History dates are stored as UTC RFC 3339 to the second (`UTCTimestamp` in pkg/sqlite/table.go). */
  const utcSeconds = (x: string) => new Date(x).toISOString().replace(/\.\d+Z$/, 'Z');

  /** Times given by the client, or now (AddO/AddViews with no times). */
  const timesOrNow = (t: unknown) => {
    const list = (t as string[] | null | undefined) ?? [];
    return list.length ? list.map(utcSeconds) : [ctx.now()];
  };

  function addHistory(id: string, field: 'o_history' | 'play_history', times: unknown): string[] {
    const s = requireScene(id);
    s[field] = newestFirst([...hist(s, field), ...timesOrNow(times)]);
    s.updated_at = ctx.now();
    return hist(s, field);
  }

  /**
   * DeleteO/DeleteViews (pkg/sqlite/table.go deleteDates): each given time removes one matching entry (`LIMIT 1`),
   * with none the most recent one.
   */
  function deleteHistory(id: string, field: 'o_history' | 'play_history', times: unknown): string[] {
    const s = requireScene(id);
    const list = ((times as string[] | null | undefined) ?? []).map(utcSeconds);
    const h = newestFirst(hist(s, field));
    if (list.length === 0) h.shift();
    for (const t of list) {
      const at = h.indexOf(t);
      if (at >= 0) h.splice(at, 1);
    }
    s[field] = h;
    s.updated_at = ctx.now();
    return h;
  }

  /** ResetO/ResetViews: the whole history goes; the count answered is the new length, 0. */
  function resetHistory(id: string, field: 'o_history' | 'play_history'): number {
    const s = requireScene(id);
    s[field] = [];
    s.updated_at = ctx.now();
    return 0;
  }

  const historyResult = (h: string[]) => ({ count: h.length, history: h });

  return {
    sceneAddO: ({ id, times }) => historyResult(addHistory(parseId(id), 'o_history', times)),
    sceneDeleteO: ({ id, times }) => historyResult(deleteHistory(parseId(id), 'o_history', times)),
    sceneIncrementO: ({ id }) => addHistory(parseId(id), 'o_history', null).length,
    sceneDecrementO: ({ id }) => deleteHistory(parseId(id), 'o_history', null).length,
    sceneResetO: ({ id }) => resetHistory(parseId(id), 'o_history'),
    sceneAddPlay: ({ id, times }) => historyResult(addHistory(parseId(id), 'play_history', times)),
    sceneDeletePlay: ({ id, times }) => historyResult(deleteHistory(parseId(id), 'play_history', times)),
    sceneIncrementPlayCount: ({ id }) => addHistory(parseId(id), 'play_history', null).length,
    sceneResetPlayCount: ({ id }) => resetHistory(parseId(id), 'play_history'),
    sceneSaveActivity: ({ id, resume_time, playDuration }) => {
      const s = requireScene(parseId(id));
      if (typeof resume_time === 'number') s.resume_time = resume_time;
      if (typeof playDuration === 'number') s.play_duration = Number(s.play_duration ?? 0) + playDuration;
      s.updated_at = ctx.now();
      return true;
    },
    sceneResetActivity: ({ id, reset_resume, reset_duration }) => {
      const s = requireScene(parseId(id));
      if (reset_resume === true) s.resume_time = 0;
      if (reset_duration === true) s.play_duration = 0;
      s.updated_at = ctx.now();
      return true;
    },
  };
}
