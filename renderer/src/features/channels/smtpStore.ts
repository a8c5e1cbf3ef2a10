import { create } from 'zustand';
import type { SmtpStatus } from '../../../../shared/channels/smtp';
import { api } from '../../api/client';

interface SmtpState {
  /** Paramètres › Envoi des e-mails as the core sees it (never the password); null until loaded. */
  status: SmtpStatus | null;
  setStatus(status: SmtpStatus): void;
  load(): Promise<void>;
}

/** One copy for the settings form and the e-mail pane (« Envoyer maintenant » only when SMTP can send). */
export const useSmtpStore = create<SmtpState>()((set) => ({
  status: null,
  setStatus: (status) => set({ status }),
  load: async () => set({ status: await api().call('smtp.status', {}) }),
}));
