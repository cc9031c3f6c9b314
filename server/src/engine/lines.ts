// Lines of a document as LSP counts them (line breaks are CRLF, CR or LF): where each starts, and which
// line holds an offset. lineIndex gives 1-based line and column (UTF-16 code units) for the CLI and SARIF.
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line holding `offset`, by binary search over lineStarts(). */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset: number) => {
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - starts[line] + 1 };
  };
}
