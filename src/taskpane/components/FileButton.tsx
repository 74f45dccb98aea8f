import { Button } from '@fluentui/react-components';
import { useRef, type ReactElement } from 'react';

interface Props {
  label: string;
  accept: string;
  icon: ReactElement;
  testId: string;
  onFile?: (file: File) => void;
  /** Several files at once (or, with `folder`, a whole folder's). */
  onFiles?: (files: File[]) => void;
  folder?: boolean;
}

/** A button that opens the file picker; the hidden input keeps the label for screen readers and tests. */
export function FileButton({ label, accept, icon, testId, onFile, onFiles, folder = false }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={onFiles !== undefined}
        {...(folder ? { webkitdirectory: '' } : {})}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          if (onFiles && files.length > 0) onFiles(files);
          else if (files[0]) onFile?.(files[0]);
          // The same file picked again is a new choice.
          event.target.value = '';
        }}
      />
      <Button icon={icon} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
