import { STUDY_HOURS_ROWS } from '../../engine/datasets';
import type { WidgetProps } from './registry';
import { SweepCompare } from './SweepCompare';
import { usePublish } from './usePublish';

function StudyTable() {
  return (
    <table className="widget-table">
      <caption>The study-hours table</caption>
      <thead>
        <tr>
          <th scope="col">study hours</th>
          <th scope="col">sleep hours</th>
          <th scope="col">quiz %</th>
          <th scope="col">exam %</th>
        </tr>
      </thead>
      <tbody>
        {STUDY_HOURS_ROWS.map((r, i) => (
          <tr key={i}>
            {r.map((v, k) => (
              <td key={k}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Lesson 9's comparison: the study-hours table, and a sweep of learning rates on the block's
 * network with a Standardise inputs switch beside it, to run once raw and once standardised.
 * Publishes `diverged` (runs of the last sweep that diverged) and `standardized` (1 when that
 * sweep's inputs were standardised).
 */
export function StandardizeCompare({
  blockKey,
  options,
  config,
  speed,
}: WidgetProps<'standardize-compare'>) {
  const publish = usePublish('standardize-compare', blockKey);
  if (!config) throw new Error('standardize-compare needs a configuration');
  return (
    <>
      <StudyTable />
      <SweepCompare
        blockKey={blockKey}
        title="Raw or standardised inputs, over four learning rates"
        config={config}
        speed={speed}
        request={{
          param: 'learningRate',
          values: options.rates ?? '0.001, 0.01, 0.03, 0.1',
          epochs: 100,
        }}
        show={['standardize']}
        onOutcome={(runs) =>
          publish({
            diverged: runs.filter((r) => r.diverged).length,
            standardized: runs[0]?.standardized ? 1 : 0,
          })
        }
      />
    </>
  );
}
