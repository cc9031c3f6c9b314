// Work that can pause (a generator that yields between slices) run to its end in one go: for callers that
// need no pauses (the CLI, tests, a hover's few paragraphs).
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
