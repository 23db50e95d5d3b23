import { useAppStore } from '../../store/store';
import { CheckField } from './CheckField';

/** View toggles: they change what is drawn, never the run. */
export function DisplayControls() {
  const logScale = useAppStore((s) => s.logScale);
  const showTest = useAppStore((s) => s.showTest);
  const discretize = useAppStore((s) => s.discretize);
  const setDisplay = useAppStore((s) => s.setDisplay);
  return (
    <>
      <CheckField
        label="Log-scale loss"
        help="Plot the loss on a logarithmic axis, so slow late progress stays visible."
        checked={logScale}
        onChange={(v) => setDisplay({ logScale: v })}
      />
      <CheckField
        label="Show test data"
        help="Draw the held-out test examples (outlined) on the plot as well as the training ones."
        checked={showTest}
        onChange={(v) => setDisplay({ showTest: v })}
      />
      <CheckField
        label="Discretise output"
        help="Colour each point of the plane by the predicted class only, hiding the confidence."
        checked={discretize}
        onChange={(v) => setDisplay({ discretize: v })}
      />
    </>
  );
}
