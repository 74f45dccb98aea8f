/**
 * Text safe to print on a terminal: a cell may hold escape sequences (an .xlsx writes them
 * as _x001B_) that retitle the terminal or erase lines. C0/C1 controls other than line
 * breaks and tabs, and bidirectional overrides, are dropped.
 */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}
