import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';
import { encodeLinkWeights } from '../../classroom/linkWeights';
import { MAX_SHARE_LINK, shareLink, type ShareLink } from '../../store/shareLink';
import { useAppStore } from '../../store/store';
import { Dialog } from '../Dialog';
import { CheckField } from '../controls/CheckField';
import '../../styles/classroomDialogs.css';
import { isFullscreen, setFullscreen } from './fullscreen';
import { QR_OPTIONS } from './qrOptions';
import { grouped } from '../../engine/numberText';

/** The link of the page as it stands, with the trained weights when asked and they fit. */
async function currentLink(withWeights: boolean): Promise<ShareLink> {
  const s = useAppStore.getState();
  const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  const trained = withWeights && s.step > 0 ? await s.saveTraining() : null;
  const weights = trained ? await encodeLinkWeights(trained) : null;
  return shareLink(base, useAppStore.getState(), weights);
}

/** What the link carries, in words, under the link field. */
function weightsNote(share: ShareLink, epoch: number): string {
  if (share.weights === 'included')
    return `The link carries the trained weights: a phone opens this network at epoch ${grouped(epoch)}.`;
  if (share.weights === 'too-long')
    return `With the trained weights the link would be ${grouped(share.lengthWithWeights!)} characters, more than a QR code holds (${grouped(MAX_SHARE_LINK)}): it opens this configuration untrained. Share the scene deck or a weights file to pass on the trained network.`;
  return 'The link opens this configuration untrained.';
}

/**
 * Share the current state: a link with the settings that differ from the defaults (and the
 * trained weights, while they fit a QR code) to copy, and a QR code of it that can fill the
 * screen so a room of phones can open the same playground.
 */
export default function SharePanel({ onClose }: { onClose: () => void }) {
  const [withWeights, setWithWeights] = useState(true);
  const [share, setShare] = useState<ShareLink | null>(null);
  const epoch = useAppStore((s) => s.epoch);
  const step = useAppStore((s) => s.step);
  const config = useAppStore((s) => s.config);
  const userData = useAppStore((s) => s.userData);
  const link = share?.link ?? '';
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [big, setBig] = useState(false);
  // Full screen the page was already in (presenter mode) stays when the big QR code goes.
  const [wasFullscreen] = useState(isFullscreen);

  // The link follows the page: a step of training or a changed setting writes it anew.
  useEffect(() => {
    let live = true;
    void currentLink(withWeights).then((l) => live && setShare(l));
    return () => {
      live = false;
    };
  }, [withWeights, step, config, userData]);

  useEffect(() => {
    if (!link) return;
    let live = true;
    qrSvg(link, QR_OPTIONS)
      .then((s) => live && setSvg(s))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [link]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };

  const toggleBig = () => {
    if (!wasFullscreen) void setFullscreen(!big);
    setBig(!big);
  };

  const close = () => {
    if (big && !wasFullscreen) void setFullscreen(false);
    onClose();
  };

  return (
    <Dialog
      title="Share this playground"
      onClose={close}
      className={big ? 'classroom-dialog share-dialog qr-full' : 'classroom-dialog share-dialog'}
    >
      <div className="share-body">
        <div className="share-link">
          <label htmlFor="share-link">Link to this exact configuration</label>
          <input
            id="share-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CheckField
            label="Include the trained weights"
            help="A phone that opens the link sees this network as trained, at this epoch."
            checked={withWeights}
            onChange={setWithWeights}
          />
          {share && <p className="dialog-note share-weights">{weightsNote(share, epoch)}</p>}
          <div className="dialog-actions">
            <button type="button" className="primary-button" onClick={() => void copy()}>
              Copy link
            </button>
            <button type="button" className="tool-button" onClick={toggleBig}>
              {big ? 'Smaller QR code' : 'Show QR code full screen'}
            </button>
          </div>
          <p role="status" className="dialog-note">
            {copied === 'yes'
              ? 'Link copied.'
              : copied === 'no'
                ? 'The browser did not allow copying: select the link and copy it by hand.'
                : ''}
          </p>
        </div>
        <figure className="share-qr">
          {svg ? (
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
              alt="QR code of the link: scan it with a phone camera to open this playground"
            />
          ) : (
            <p className="dialog-note">
              {failed ? 'This link is too long for a QR code.' : 'Drawing the QR code…'}
            </p>
          )}
          <figcaption>Scan to open the same configuration on a phone.</figcaption>
        </figure>
      </div>
    </Dialog>
  );
}
