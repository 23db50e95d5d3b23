import { useRef } from 'react';

/**
 * A button that opens the file picker for one JSON file (a deck, weights) and hands the chosen
 * file over. The input is cleared after each pick, so the same file can be chosen again.
 */
export function JsonFileButton(props: {
  label: string;
  inputLabel: string;
  onFile(f: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="tool-button" onClick={() => input.current?.click()}>
        {props.label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label={props.inputLabel}
        tabIndex={-1}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) props.onFile(f);
        }}
      />
    </>
  );
}
