import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { NAVIGATION_ENTRIES, type NavigationTarget as Target } from './menuEntries';

/** The French application menu. Screens are opened by telling the renderer where to go. */
export function buildMenu(getWindow: () => BrowserWindow | null, navigate: (to: Target) => void): Menu {
  // Labels and shortcuts come from menuEntries.ts, which the journeys drive one by one.
  const go = (to: Target): MenuItemConstructorOptions => {
    const entry = NAVIGATION_ENTRIES.find((e) => e.to === to);
    if (!entry) throw new Error(`No menu entry opens '${to}'.`);
    return { label: entry.label, accelerator: entry.accelerator, click: () => navigate(to) };
  };
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: 'Relance', submenu: [{ role: 'about', label: 'À propos de Relance' }, { type: 'separator' }, { role: 'hide', label: 'Masquer Relance' }, { role: 'quit', label: 'Quitter Relance' }] } as MenuItemConstructorOptions] : []),
    {
      label: 'Fichier',
      submenu: [
        go('new-invoice'),
        go('new-client'),
        { type: 'separator' },
        go('import'),
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
        go('overview'),
        go('invoices'),
        go('clients'),
        go('settings'),
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
