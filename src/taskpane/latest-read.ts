/**
 * Tickets for reads that may overlap (a write's own re-read and the new file's first read,
 * "Kiểm tra lại" clicked twice): a read may show its result only while its ticket is the
 * latest handed out, whichever read finishes last.
 */
export function readTickets(): () => () => boolean {
  let latest = 0;
  return () => {
    const ticket = ++latest;
    return () => ticket === latest;
  };
}
