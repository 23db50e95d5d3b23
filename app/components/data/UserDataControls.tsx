import { Suspense, lazy, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { isCustomDataset } from '../../engine/customData';
import { useAppStore } from '../../store/store';
import { isTrainable } from '../../store/userDataSlice';
import '../../styles/data.css';
import { dragHasFiles, holdDroppedFile, looksLikeTable } from './droppedFile';
import { grouped } from '../../engine/numberText';

// The dialogs load their code when first opened, so they cost the first page load nothing.
const ImportDialog = lazy(() => import('./ImportDialog'));
const DataTableDialog = lazy(() => import('./DataTableDialog'));

const KIND_TEXT = {
  binary: 'two classes',
  multiclass: 'several classes',
  regression: 'values',
} as const;

/**
 * The user's own data in the Data section: draw on the plot, import a CSV, see the table,
 * export; and a way back to the saved data after picking a built-in set.
 */
export function UserDataControls() {
  const userData = useAppStore((s) => s.userData);
  const onCustom = useAppStore((s) => isCustomDataset(s.config.dataset));
  const drawing = useAppStore((s) => s.drawing);
  const dialog = useAppStore((s) => s.dataDialog);
  const setDrawing = useAppStore((s) => s.setDrawing);
  const openDialog = useAppStore((s) => s.openDataDialog);
  const useSaved = useAppStore((s) => s.useSavedData);
  const addNotice = useAppStore((s) => s.addNotice);
  // A CSV file dropped anywhere on the page opens the import dialog with it.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (dragHasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file || e.defaultPrevented) return;
      e.preventDefault();
      if (!looksLikeTable(file)) {
        addNotice(`“${file.name.slice(0, 60)}” is not a CSV table; drop a .csv file to import it.`);
        return;
      }
      holdDroppedFile(file);
      openDialog(null);
      queueMicrotask(() => openDialog('import'));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openDialog, addNotice]);
  const rows = userData?.y.length ?? 0;
  const summary = userData
    ? `${userData.name}: ${grouped(rows)} row${rows === 1 ? '' : 's'}, ${userData.dims} input${userData.dims === 1 ? '' : 's'}, ${KIND_TEXT[userData.problem]}`
    : '';
  const exportCsv = async () => {
    if (!userData) return;
    const { downloadUserDataCsv } = await import('./exportCsv');
    downloadUserDataCsv(userData);
  };
  return (
    <div className="user-data" role="group" aria-label="Your own data">
      <p className="user-data-title">Your own data</p>
      {userData && (
        <div className="user-data-summary">
          <dl>
            <dt className="visually-hidden">Your data</dt>
            <dd aria-label="Your data">{summary}</dd>
          </dl>
          {!onCustom && isTrainable(userData) && (
            <button type="button" className="secondary" onClick={useSaved}>
              Train on it
            </button>
          )}
        </div>
      )}
      <div className="user-data-buttons">
        <button
          type="button"
          className="secondary"
          aria-pressed={drawing}
          onClick={() => {
            setDrawing(!drawing);
            // On a phone the plot is far above the controls: bring it into view to draw on.
            if (!drawing) {
              document
                .querySelector('.boundary-panel')
                ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
            }
          }}
          title="Click on the output plot to add points; drag to move them"
        >
          {drawing ? 'Stop drawing' : 'Draw points'}
        </button>
        <button type="button" className="secondary" onClick={() => openDialog('import')}>
          Import CSV…
        </button>
        <button type="button" className="secondary" onClick={() => openDialog('table')}>
          Data table…
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!userData || rows === 0}
          onClick={() => void exportCsv()}
        >
          Export CSV
        </button>
      </div>
      {dialog &&
        // On the page's body, so a collapsed Data section cannot hide an open dialog.
        createPortal(
          <Suspense fallback={null}>
            {dialog === 'import' && <ImportDialog />}
            {dialog === 'table' && <DataTableDialog />}
          </Suspense>,
          document.body,
        )}
    </div>
  );
}
