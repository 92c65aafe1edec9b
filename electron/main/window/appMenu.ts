import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The licence Gleaner is distributed under (package.json "license"). */
export const APP_LICENSE = 'MIT';

/** Shows the About box: name, version, licence, and the Electron/Chromium versions inside. */
export async function showAboutDialog(parent: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: [
      'A desktop research reader for messy news clippings.',
      `Licence: ${APP_LICENSE}`,
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/** A small application menu: standard edit roles (copy/paste need them on macOS), view zoom, About. */
export function installAppMenu(getWindow: () => BrowserWindow | null): void {
  const isMac = process.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${app.getName()}`, click: () => void showAboutDialog(getWindow()) };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.getName(), submenu: [about, { type: 'separator' as const }, { role: 'quit' as const }] }] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }])],
    },
    { role: 'help', submenu: isMac ? [] : [about] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
