import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';

type Target = EventPayload<'navigate'>['to'];

/** The French application menu. Screens are opened by telling the renderer where to go. */
export function buildMenu(getWindow: () => BrowserWindow | null, navigate: (to: Target) => void): Menu {
  const go = (to: Target) => () => navigate(to);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: 'Relance', submenu: [{ role: 'about', label: 'À propos de Relance' }, { type: 'separator' }, { role: 'hide', label: 'Masquer Relance' }, { role: 'quit', label: 'Quitter Relance' }] } as MenuItemConstructorOptions] : []),
    {
      label: 'Fichier',
      submenu: [
        { label: 'Nouvelle facture', accelerator: 'CmdOrCtrl+N', click: go('new-invoice') },
        { label: 'Nouveau client', accelerator: 'CmdOrCtrl+Shift+N', click: go('new-client') },
        { type: 'separator' },
        { label: 'Importer un fichier CSV…', accelerator: 'CmdOrCtrl+I', click: go('import') },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { label: 'Relances', accelerator: 'CmdOrCtrl+1', click: go('overview') },
        { label: 'Factures', accelerator: 'CmdOrCtrl+2', click: go('invoices') },
        { label: 'Clients', accelerator: 'CmdOrCtrl+3', click: go('clients') },
        { label: 'Paramètres', accelerator: 'CmdOrCtrl+,', click: go('settings') },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
        ...(app.isPackaged ? [] : ([{ role: 'toggleDevTools', label: 'Outils de développement' }] as MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Aide',
      submenu: [
        {
          label: 'À propos de Relance',
          click: () => {
            const win = getWindow();
            app.setAboutPanelOptions({ applicationName: 'Relance', applicationVersion: app.getVersion(), copyright: 'Relance — suivi des factures impayées' });
            if (win) app.showAboutPanel();
          },
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
