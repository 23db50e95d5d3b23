import type { QRCodeToStringOptions } from 'qrcode';

/**
 * How the share QR code is drawn: medium error correction (readable from the back of a room
 * off a projector) and a quiet zone of 2 modules. Tests re-encode the link with the same options.
 */
export const QR_OPTIONS: QRCodeToStringOptions = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#000000', light: '#ffffff' },
};
