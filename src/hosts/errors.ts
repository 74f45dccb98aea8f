import type { MessageKey } from '../i18n';

/** A file the tool cannot use: carries a message key the CLI and the pane translate. */
export class DocumentError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'DocumentError';
  }
}
