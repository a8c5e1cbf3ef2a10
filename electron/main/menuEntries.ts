import type { EventPayload } from '../../shared/ipc/contract';

export type NavigationTarget = EventPayload<'navigate'>['to'];

export interface NavigationEntry {
  /** The menu it is in. */
  menu: 'Fichier' | 'Affichage';
  label: string;
  accelerator: string;
  to: NavigationTarget;
}

/**
 * The menu entries that open a screen or a form: the renderer is told where to go (the 'navigate' event).
 * Plain data, no 'electron' import: the journeys drive every one of them in the loopback mode too.
 */
export const NAVIGATION_ENTRIES: readonly NavigationEntry[] = [
  { menu: 'Fichier', label: 'Nouvelle facture', accelerator: 'CmdOrCtrl+N', to: 'new-invoice' },
  { menu: 'Fichier', label: 'Nouveau client', accelerator: 'CmdOrCtrl+Shift+N', to: 'new-client' },
  { menu: 'Fichier', label: 'Importer un fichier CSV…', accelerator: 'CmdOrCtrl+I', to: 'import' },
  { menu: 'Affichage', label: 'Relances', accelerator: 'CmdOrCtrl+1', to: 'overview' },
  { menu: 'Affichage', label: 'Factures', accelerator: 'CmdOrCtrl+2', to: 'invoices' },
  { menu: 'Affichage', label: 'Clients', accelerator: 'CmdOrCtrl+3', to: 'clients' },
  { menu: 'Affichage', label: 'Paramètres', accelerator: 'CmdOrCtrl+,', to: 'settings' },
];

/** The target of the click on the daily notification (« N relances à envoyer »): the list « À relancer aujourd’hui ». */
export const NOTIFICATION_TARGET: NavigationTarget = 'today';
