// Preloaded with `node -r` into a process the benchmark runs whole (the CLIs): on exit it writes the
// process's peak memory to standard error, where the benchmark reads it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\n__PEAK_RSS_MB=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
