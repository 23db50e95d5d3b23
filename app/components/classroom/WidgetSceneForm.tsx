import { useId, useState } from 'react';
import { cleanTitle } from '../../classroom/deckFile';
import type { WidgetScene } from '../../classroom/deckFile';
import { cleanCaption } from '../../classroom/sceneCaption';
import { defaultSceneWidget, readSceneWidget } from '../../classroom/sceneWidget';
import type { SceneWidget } from '../../classroom/sceneWidget';
import { SCENE_WIDGETS, WIDGET_SPECS } from '../../lessons/widgetSpecs';
import type { OptionSpec, WidgetId } from '../../lessons/widgetSpecs';
import { SceneCaptionField, captionIssue } from './SceneCaptionField';

/** One option of the picked widget as a form field: a switch or a choice. */
function OptionField(props: {
  name: string;
  spec: OptionSpec;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const id = useId();
  const { name, spec, value } = props;
  const label = spec.label ?? name;
  if (spec.kind === 'boolean')
    return (
      <label className="check">
        <input
          type="checkbox"
          checked={value === true}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        {label}
      </label>
    );
  if (spec.choices)
    return (
      <div className="widget-scene-option">
        <label htmlFor={id}>{label}</label>
        <select
          id={id}
          value={String(value ?? spec.default ?? spec.choices[0])}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          {spec.choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
    );
  // The scene widgets take switches and choices only (SCENE_WIDGETS); nothing else to offer.
  return null;
}

/**
 * "Add widget scene…": a lesson widget picked by name, its options (each as the lesson guide
 * describes it, starting at what a lesson shows by default), a title and a caption; the scene
 * is checked by the deck reader's own rules before it is added.
 */
export function WidgetSceneForm(props: {
  onAdd: (scene: WidgetScene) => void;
  onProblem: (text: string) => void;
}) {
  const [widget, setWidget] = useState<SceneWidget>(() => defaultSceneWidget(SCENE_WIDGETS[0]!));
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const id = useId();
  const spec = WIDGET_SPECS[widget.id];
  const options: Record<string, OptionSpec> = spec.options;

  const add = () => {
    const issue = captionIssue(caption);
    if (issue) return props.onProblem(`Not added: ${issue}`);
    const checked = readSceneWidget(widget);
    if (!checked.ok) return props.onProblem(`Not added: ${checked.error}`);
    const scene: WidgetScene = {
      kind: 'widget',
      title: cleanTitle(title, spec.name),
      widget: checked.value,
    };
    if (cleanCaption(caption)) scene.caption = cleanCaption(caption);
    props.onAdd(scene);
    setTitle('');
    setCaption('');
  };

  return (
    <details className="scene-add-widget">
      <summary>Add widget scene…</summary>
      <form
        className="scene-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor={`${id}-widget`}>Widget</label>
        <select
          id={`${id}-widget`}
          value={widget.id}
          aria-describedby={`${id}-about`}
          onChange={(e) => setWidget(defaultSceneWidget(e.currentTarget.value as WidgetId))}
        >
          {SCENE_WIDGETS.map((w) => (
            <option key={w} value={w}>
              {WIDGET_SPECS[w].name}
            </option>
          ))}
        </select>
        <p id={`${id}-about`} className="dialog-note">
          {spec.summary[0]!.toUpperCase() + spec.summary.slice(1)}.
        </p>
        {Object.entries(options).map(([name, o]) => (
          <OptionField
            key={`${widget.id}:${name}`}
            name={name}
            spec={o}
            value={widget.options[name]}
            onChange={(v) => setWidget({ ...widget, options: { ...widget.options, [name]: v } })}
          />
        ))}
        <label htmlFor={`${id}-title`}>Title of the widget scene</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={120}
          placeholder={spec.name}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <SceneCaptionField
          label="Caption of the widget scene (optional)"
          value={caption}
          onChange={setCaption}
        />
        <button type="submit" className="primary-button">
          Add widget scene
        </button>
      </form>
    </details>
  );
}
