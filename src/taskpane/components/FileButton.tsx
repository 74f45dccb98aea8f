import { Button } from '@fluentui/react-components';
import { useRef, type ReactElement } from 'react';

interface Props {
  label: string;
  accept: string;
  icon: ReactElement;
  testId: string;
  onFile: (file: File) => void;
}

/** A button that opens the file picker; the hidden input keeps the label for screen readers and tests. */
export function FileButton({ label, accept, icon, testId, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
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
