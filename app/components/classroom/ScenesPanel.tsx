import { useState } from 'react';
import { cleanTitle, readDeckFile, writeDeckFile } from '../../classroom/deckFile';
import { isWidgetScene } from '../../classroom/sceneKind';
import type { WidgetScene } from '../../classroom/deckFile';
import { WIDGET_SPECS } from '../../lessons/widgetSpecs';
import { WidgetSceneForm } from './WidgetSceneForm';
import type { Deck, Scene } from '../../classroom/deckFile';
import { portabilityProblem } from '../../classroom/weightsFile';
import { useAppStore } from '../../store/store';
import { Dialog } from '../Dialog';
import { JsonFileButton } from './JsonFileButton';
import '../../styles/classroomDialogs.css';
import { downloadFile, fileSlug } from './files';
import { LessonDeckPicker } from './LessonDeckPicker';
import { SceneCaptionEditor, SceneCaptionField, captionIssue } from './SceneCaptionField';
import { cleanCaption } from '../../classroom/sceneCaption';

/**
 * A scene's contents in a few words, e.g. 'spiral · 8-8 · lr 0.03 · trained to epoch 120', or
 * for a widget scene 'widget: Activation explorer · initial tanh'.
 */
function sceneSummary(s: Scene): string {
  if (isWidgetScene(s)) {
    const options = Object.entries(s.widget.options).map(([k, v]) => `${k} ${String(v)}`);
    return [`widget: ${WIDGET_SPECS[s.widget.id].name}`, ...options].join(' · ');
  }
  const c = s.config;
  const hidden = c.hidden.length ? c.hidden.join('-') : 'no hidden layer';
  const trained = s.weights ? ` · trained to epoch ${s.weights.epoch}` : '';
  const n = s.pins?.length ?? 0;
  const pinned = n ? ` · ${n} pinned run${n > 1 ? 's' : ''}` : '';
  return `${c.dataset} · ${hidden} · lr ${c.learningRate}${trained}${pinned}`;
}

/**
 * The deck manager: save the current state as a titled scene (with or without its trained
 * weights), reorder, rename, remove and show scenes, and export or import the deck as JSON.
 * PageDown and PageUp (or a clicker) walk the deck outside this dialog.
 */
export default function ScenesPanel({ onClose }: { onClose: () => void }) {
  const deck = useAppStore((s) => s.deck);
  const sceneIndex = useAppStore((s) => s.sceneIndex);
  const setDeck = useAppStore((s) => s.setDeck);
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [withWeights, setWithWeights] = useState(true);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const scenes = deck.scenes;

  const update = (next: Scene[]) => setDeck({ ...deck, scenes: next });
  const add = async () => {
    const unportable = portabilityProblem(useAppStore.getState().config);
    if (unportable) return setMessage({ tone: 'error', text: `Not added: ${unportable}` });
    const issue = captionIssue(caption);
    if (issue) return setMessage({ tone: 'error', text: `Not added: ${issue}` });
    const scene = await useAppStore
      .getState()
      .captureScene(cleanTitle(title, `Scene ${scenes.length + 1}`), withWeights);
    if (cleanCaption(caption)) scene.caption = cleanCaption(caption);
    // The deck as it is now: the worker's answer took a moment.
    const latest = useAppStore.getState().deck;
    setDeck({ ...latest, scenes: [...latest.scenes, scene] });
    setTitle('');
    setCaption('');
    setMessage({
      tone: 'ok',
      text: `Added “${scene.title}” as scene ${latest.scenes.length + 1}.`,
    });
  };
  const addWidget = (scene: WidgetScene) => {
    const latest = useAppStore.getState().deck;
    setDeck({ ...latest, scenes: [...latest.scenes, scene] });
    setMessage({
      tone: 'ok',
      text: `Added “${scene.title}” as scene ${latest.scenes.length + 1}.`,
    });
  };
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= scenes.length) return;
    const next = scenes.slice();
    [next[i], next[j]] = [next[j]!, next[i]!];
    update(next);
  };
  const remove = (i: number) => update(scenes.filter((_, k) => k !== i));
  const rename = (i: number, t: string) =>
    update(scenes.map((s, k) => (k === i ? { ...s, title: cleanTitle(t, s.title) } : s)));
  const recaption = (i: number, text: string) => {
    // The deck as it is now: another field may have been saved a moment ago.
    const latest = useAppStore.getState().deck;
    setDeck({
      ...latest,
      scenes: latest.scenes.map((s, k) => {
        if (k !== i) return s;
        const next: Scene = { ...s, caption: text };
        if (!text) delete next.caption;
        return next;
      }),
    });
  };
  const show = (i: number) => {
    useAppStore.getState().goToScene(i);
    onClose();
  };

  const exportDeck = () => {
    downloadFile(`${fileSlug(deck.title, 'deck')}.gradient-lab-deck.json`, writeDeckFile(deck));
    setMessage({ tone: 'ok', text: `Exported ${scenes.length} scenes.` });
  };
  const importDeck = async (file: File) => {
    const r = readDeckFile(await file.text());
    if (!r.ok) return setMessage({ tone: 'error', text: `Not imported: ${r.error}` });
    if (
      scenes.length > 0 &&
      !window.confirm(
        `Replace the ${scenes.length} scenes of “${deck.title}” with the imported deck?`,
      )
    ) {
      return setMessage({ tone: 'ok', text: 'Import cancelled: the deck is unchanged.' });
    }
    setDeck(r.value.deck);
    useAppStore.setState({ sceneIndex: -1 });
    for (const n of r.value.notices)
      useAppStore.getState().addNotice(n, 'warning', { group: 'file' });
    setMessage({
      tone: 'ok',
      text: `Imported “${r.value.deck.title}”: ${r.value.deck.scenes.length} scenes.`,
    });
  };

  const adoptLesson = (next: Deck) => {
    if (
      scenes.length > 0 &&
      !window.confirm(
        `Replace the ${scenes.length} scenes of “${deck.title}” with “${next.title}”?`,
      )
    ) {
      return;
    }
    setDeck(next);
    useAppStore.setState({ sceneIndex: -1 });
    setMessage({
      tone: 'ok',
      text: `The deck is now “${next.title}”: ${next.scenes.length} scenes.`,
    });
  };

  return (
    <Dialog title="Scenes" onClose={onClose} className="classroom-dialog scenes-dialog">
      <div className="deck-title">
        <label htmlFor="deck-title">Deck title</label>
        <input
          id="deck-title"
          type="text"
          value={deck.title}
          maxLength={120}
          onChange={(e) => setDeck({ ...deck, title: e.currentTarget.value })}
          onBlur={(e) =>
            setDeck({ ...deck, title: cleanTitle(e.currentTarget.value, 'Untitled deck') })
          }
        />
      </div>
      <form
        className="scene-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="scene-title">New scene title</label>
        <input
          id="scene-title"
          type="text"
          value={title}
          maxLength={120}
          placeholder={`Scene ${scenes.length + 1}`}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SceneCaptionField label="Caption (optional)" value={caption} onChange={setCaption} />
        <label className="check">
          <input
            type="checkbox"
            checked={withWeights}
            onChange={(e) => setWithWeights(e.currentTarget.checked)}
          />
          Include trained weights
        </label>
        <button type="submit" className="primary-button">
          Add current state as scene
        </button>
      </form>
      <WidgetSceneForm
        onAdd={addWidget}
        onProblem={(text) => setMessage({ tone: 'error', text })}
      />
      {scenes.length === 0 ? (
        <p className="dialog-note">
          No scenes yet. Set up the playground, then add it here; PageDown and PageUp (or a
          presentation clicker) step through the scenes.
        </p>
      ) : (
        <ol className="scene-list" aria-label="Scenes in the deck">
          {scenes.map((s, i) => (
            <li key={`${i}:${s.title}`} aria-current={i === sceneIndex ? 'step' : undefined}>
              <input
                type="text"
                aria-label={`Title of scene ${i + 1}`}
                defaultValue={s.title}
                maxLength={120}
                onBlur={(e) => rename(i, e.currentTarget.value)}
              />
              <span className="scene-summary">{sceneSummary(s)}</span>
              <SceneCaptionEditor
                scene={i + 1}
                caption={s.caption ?? ''}
                onSave={(text) => recaption(i, text)}
              />
              <span className="scene-buttons">
                <button type="button" className="tool-button" onClick={() => show(i)}>
                  Show<span className="visually-hidden"> scene {i + 1}</span>
                </button>
                <button
                  type="button"
                  className="tool-button"
                  aria-label={`Move scene ${i + 1} up`}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="tool-button"
                  aria-label={`Move scene ${i + 1} down`}
                  disabled={i === scenes.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="tool-button"
                  aria-label={`Remove scene ${i + 1}`}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="tool-button"
          disabled={scenes.length === 0}
          onClick={exportDeck}
        >
          Export deck
        </button>
        <JsonFileButton
          label="Import deck…"
          inputLabel="Deck file to import"
          onFile={(f) => void importDeck(f)}
        />
      </div>
      <LessonDeckPicker onPick={adoptLesson} />
      <p
        role={message?.tone === 'error' ? 'alert' : 'status'}
        className={`dialog-message ${message?.tone ?? ''}`}
      >
        {message?.text ?? ''}
      </p>
    </Dialog>
  );
}
