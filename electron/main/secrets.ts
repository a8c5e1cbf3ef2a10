import { safeStorage } from 'electron';
import type { SecretStore } from '../core/channels/smtpService';

/**
 * The SMTP password's keeping (electron/core/channels/smtpService.ts): Electron's safeStorage, whose key the system
 * holds (Keychain, DPAPI, the Secret Service or KWallet). On Linux without a keyring safeStorage falls back to a key
 * written in Chromium itself ('basic_text'), which protects nothing: then the store says it is not available, and
 * the core keeps the password in memory for the session only. The synchronous calls (deprecated in Electron 45 for
 * their asynchronous twins, which read the same encrypted bytes) keep the core's hook synchronous.
 */
export const secrets: SecretStore = {
  available: () => safeStorage.isEncryptionAvailable() && !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (text) => new Uint8Array(safeStorage.encryptString(text)),
  decrypt: (bytes) => safeStorage.decryptString(Buffer.from(bytes)),
};
