import { toString as qrSvg } from 'qrcode';
import { useEffect, useState } from 'react';
import { Dialog } from '../Dialog';
import '../../styles/classroomDialogs.css';
import { isFullscreen, setFullscreen } from './fullscreen';
import { QR_OPTIONS } from './qrOptions';

/**
 * Share the current state: the link (which holds the whole configuration) to copy, and a QR
 * code of it that can fill the screen so a room of phones can open the same playground.
 */
export default function SharePanel({ onClose }: { onClose: () => void }) {
  const link = window.location.href;
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const [big, setBig] = useState(false);
  // Full screen the page was already in (presenter mode) stays when the big QR code goes.
  const [wasFullscreen] = useState(isFullscreen);

  useEffect(() => {
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
