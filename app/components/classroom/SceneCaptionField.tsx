import { useId, useState } from 'react';
import { MAX_CAPTION, captionProblem, cleanCaption } from '../../classroom/sceneCaption';
import { checkMath } from '../../lessons/mathCheck';

/**
 * What keeps a caption off its title card, in words, or null: the deck's own rules (length,
 * no HTML, no images), then math KaTeX cannot typeset or a `$` without its partner.
 */
export function captionIssue(text: string): string | null {
  const caption = cleanCaption(text);
  const problem = captionProblem(caption);
  if (problem) return `${problem[0]!.toUpperCase()}${problem.slice(1)}`;
  const math = checkMath(caption, 1)[0];
  return math ? `Line ${math.line}: ${math.message}` : null;
}

/**
 * A scene's caption as typed: Markdown with `$…$` math, shown as a title card. Nothing is cut
 * off as it is typed or pasted; the count and the problem, if any, show under the field.
 */
export function SceneCaptionField(props: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: (text: string) => void;
  /** A word on what happened to the last edit, e.g. 'Saved.' */
  status?: string;
}) {
  const id = useId();
  const issue = captionIssue(props.value);
  const length = [...cleanCaption(props.value)].length;
  return (
    <div className="scene-caption-field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        value={props.value}
        aria-describedby={`${id}-help`}
        aria-invalid={issue ? true : undefined}
        placeholder="e.g. **Gradient descent**: $w \leftarrow w - \eta\,\partial L/\partial w$"
        onChange={(e) => props.onChange(e.currentTarget.value)}
        onBlur={(e) => props.onBlur?.(e.currentTarget.value)}
      />
      <p id={`${id}-help`} className={`scene-caption-help${issue ? ' error' : ''}`}>
        {issue ?? `Markdown and $math$, shown as a title card before the scene.`}{' '}
        <span className="scene-caption-count">
          {length} / {MAX_CAPTION}
        </span>
        {props.status ? ` ${props.status}` : ''}
      </p>
    </div>
  );
}

/** The caption of a scene already in the deck: saved when the field is left, if it is fine. */
export function SceneCaptionEditor(props: {
  scene: number;
  caption: string;
  onSave: (caption: string) => void;
}) {
  const [draft, setDraft] = useState(props.caption);
  const [status, setStatus] = useState('');
  return (
    <details className="scene-caption" open={props.caption !== '' || undefined}>
      <summary>Caption{props.caption ? '' : ' (none)'}</summary>
      <SceneCaptionField
        label={`Caption of scene ${props.scene}`}
        value={draft}
        status={status}
        onChange={(t) => {
          setDraft(t);
          setStatus('');
        }}
        onBlur={(t) => {
          if (cleanCaption(t) === props.caption) return;
          if (captionIssue(t)) return setStatus('Not saved: the scene keeps its caption as it was.');
          props.onSave(cleanCaption(t));
          setStatus('Saved.');
        }}
      />
    </details>
  );
}
