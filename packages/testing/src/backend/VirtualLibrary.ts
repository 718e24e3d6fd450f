/** A file the fake "disk" holds; metadataScan turns these into files + scenes/images/galleries. */
export interface LibraryFile {
  path: string;
  size?: number | undefined;
  oshash?: string | undefined;
  md5?: string | undefined;
  phash?: string | undefined;
  duration?: number | undefined;
  width?: number | undefined;
  height?: number | undefined;
  video_codec?: string | undefined;
  audio_codec?: string | undefined;
  frame_rate?: number | undefined;
  bit_rate?: number | undefined;
  format?: string | undefined;
  /** ISO time; defaults to the time the file was added. */
  mod_time?: string | undefined;
}

/** The set of files a scan can "find", keyed by absolute path. */
export class VirtualLibrary {
  private readonly map = new Map<string, LibraryFile>();

  addFile(file: LibraryFile): LibraryFile {
    const f = { ...file, path: normalizePath(file.path) };
    this.map.set(f.path, f);
    return f;
  }

  addFiles(files: Iterable<LibraryFile>): void {
    for (const f of files) this.addFile(f);
  }

  removeFile(path: string): boolean {
    return this.map.delete(normalizePath(path));
  }

  get(path: string): LibraryFile | undefined {
    return this.map.get(normalizePath(path));
  }

  files(): LibraryFile[] {
    return [...this.map.values()];
  }

  /** Files at or below any of `paths` (all files when `paths` is empty), sorted by path. */
  filesUnder(paths: readonly string[]): LibraryFile[] {
    const roots = paths.map(normalizePath);
    return this.files()
      .filter(
        (f) =>
          roots.length === 0 || roots.some((r) => f.path === r || f.path.startsWith(r.endsWith('/') ? r : `${r}/`)),
      )
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  clear(): void {
    this.map.clear();
  }
}

export function normalizePath(p: string): string {
  const s = p.replace(/\\/g, '/');
  return s.length > 1 ? s.replace(/\/+$/, '') : s;
}
