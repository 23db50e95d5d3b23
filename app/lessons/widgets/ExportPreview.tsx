import { useEffect, useState } from 'react';
import { DiagramPanel } from '../../components/DiagramPanel';
import { exportSourceFor } from '../../components/classroom/exportChoice';
import { NetworkExport, type ExportMessage } from '../../components/classroom/NetworkExport';
import { pytorchScript } from '../../export/pytorchScript';
import { scriptExcerpt } from '../../export/scriptExcerpt';
import { useAppStore } from '../../store/store';
import { recallNetwork } from '../lastNetwork';
import { activateBlock } from '../useLessonTraining';
import type { WidgetProps } from './registry';
import { usePublish } from './usePublish';
import '../../styles/exportPreview.css';

/**
 * The learner's own network (whatever the playground holds, e.g. from the last lesson) beside
 * the first lines of its exported PyTorch script and its Network class, with the downloads of
 * every format. Publishes `parameters` and `linearLayers` of the exported network. Without a
 * network yet, it offers to load the `config` option.
 */
export function ExportPreview({ blockKey, config }: WidgetProps<'export-preview'>) {
  const info = useAppStore((s) => s.info);
  const epoch = useAppStore((s) => s.epoch);
  const publish = usePublish('export-preview', blockKey);
  const [excerpt, setExcerpt] = useState<{ head: string[]; model: string[] } | string | null>(null);
  const [message, setMessage] = useState<ExportMessage | null>(null);
  // The network trained in the last lesson visited, which this page continues from.
  const [recalled] = useState(() => recallNetwork(globalThis.localStorage ?? null));
  useEffect(() => {
    if (recalled) useAppStore.getState().loadTrained(recalled.config, recalled.state);
  }, [recalled]);

  useEffect(() => {
    if (!info) return;
    let live = true;
    void exportSourceFor(-1).then((source) => {
      if (!live) return;
      if (typeof source === 'string') return setExcerpt(source);
      const lines = scriptExcerpt(pytorchScript(source));
      setExcerpt(lines);
      publish({
        parameters: source.plan.parameterCount,
        linearLayers: lines.model.filter((l) => l.includes('nn.Linear(')).length,
      });
    });
    return () => {
      live = false;
    };
  }, [info, epoch, publish]);

  if (!info) {
    return (
      <section className="widget export-preview" aria-label="Your network in PyTorch">
        <p>No lesson has trained a network in this browser yet.</p>
        <button
          type="button"
          className="primary-button"
          disabled={!config}
          onClick={() => config && activateBlock(blockKey, config)}
        >
          Load a network to export
        </button>
      </section>
    );
  }
  return (
    <section className="widget export-preview" aria-label="Your network in PyTorch">
      <p className="export-preview-origin">
        {recalled
          ? `The network you trained last in a lesson: ${recalled.config.dataset}, hidden layers ${recalled.config.hidden.join(', ') || 'none'}.`
          : "The playground's network in this page."}
      </p>
      <div className="export-preview-body">
        <DiagramPanel />
        <figure
          className="export-preview-script"
          aria-label="The first lines of the PyTorch script"
        >
          <figcaption>The first lines of its PyTorch script (epoch {epoch})</figcaption>
          {typeof excerpt === 'string' ? (
            <p role="alert">{excerpt}</p>
          ) : (
            <pre tabIndex={0}>
              <code>
                {excerpt
                  ? [
                      ...excerpt.head,
                      '',
                      '# … the data, its features and standardisation …',
                      '',
                      ...excerpt.model,
                    ].join('\n')
                  : 'Writing the script…'}
              </code>
            </pre>
          )}
        </figure>
      </div>
      <NetworkExport onMessage={setMessage} />
      <p
        role={message?.tone === 'error' ? 'alert' : 'status'}
        className={`dialog-message ${message?.tone ?? ''}`}
      >
        {message?.text ?? ''}
      </p>
    </section>
  );
}
