// Stands in for Node's `module` in the CLI bundle. fdir (under tinyglobby) makes a `require` at load time only
// to load picomatch for its own glob(), which tinyglobby does not call; a real one would keep the CLI from being
// made into a startup snapshot (Node refuses user modules loaded while the snapshot is built).
export function createRequire(): (id: string) => never {
  return (id) => {
    throw new Error(`rapport: “${id}” is not part of the CLI bundle`);
  };
}
