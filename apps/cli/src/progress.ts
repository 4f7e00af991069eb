/**
 * A progress bar on one terminal line, redrawn in place with a carriage return: `[########--------] 12/80`.
 * Written only to a terminal (the caller decides); the last step ends the line so later output starts clean.
 */
export function progressBar(write: (text: string) => void, label: string, width = 30) {
  let last = '';
  return (done: number, total: number): void => {
    const filled = total === 0 ? width : Math.round((Math.min(done, total) / total) * width);
    const line = `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
    if (line === last) {
      return;
    }
    last = line;
    write(done >= total ? `${line}\n` : line);
  };
}
