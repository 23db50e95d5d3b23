import type { CustomData } from '../engine/customData';
import { readCustomData } from '../data/userDataCodec';

/** The local-storage key of the user's own data (versioned with its shape). */
export const USER_DATA_KEY = 'gradient-lab:user-data:v1';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off (privacy settings); the page then keeps data for the visit.
    return null;
  }
}

/**
 * The data saved by an earlier visit (a drawing in progress included), checked like any
 * untrusted input; null when none.
 */
export function loadSavedUserData(): CustomData | null {
  try {
    const text = storage()?.getItem(USER_DATA_KEY);
    return text ? readCustomData(JSON.parse(text), true) : null;
  } catch {
    return null;
  }
}

/** Save (or, with null, forget) the user's data; false when the browser refused (quota). */
export function saveUserData(data: CustomData | null): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (data) s.setItem(USER_DATA_KEY, JSON.stringify(data));
    else s.removeItem(USER_DATA_KEY);
    return true;
  } catch {
    return false;
  }
}
