import { useAppStore } from '../../store/store';

/** A black screen over everything while blanked (B or a clicker's blank button); any key wakes it. */
export function BlankScreen() {
  const blank = useAppStore((s) => s.blank);
  const toggle = useAppStore((s) => s.toggleBlank);
  if (!blank) return null;
  return (
    <button
      type="button"
      className="blank-screen"
      aria-label="Show the screen again"
      onClick={toggle}
    >
      <span className="visually-hidden">The screen is blank. Press any key to show it again.</span>
    </button>
  );
}
