// picomatch's POSIX entry (no Node APIs, so the engine stays runnable in a web worker); it ships no types.
declare module 'picomatch/posix' {
  function picomatch(glob: string | string[], options?: { dot?: boolean; nocase?: boolean }): (path: string) => boolean;
  export default picomatch;
}
