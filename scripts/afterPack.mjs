// electron-builder afterPack hook (electron-builder.yml › afterPack): flips the Electron fuses of the
// packaged binary. It runs after the app is copied and before it is signed, as fuses must be.
// https://www.electronjs.org/docs/latest/tutorial/fuses
/* global console, process */
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options } = fuses;

/** The wanted state of every fuse @electron/fuses knows. */
const FUSES = {
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE).
  [FuseV1Options.RunAsNode]: false,
  // Cookies are encrypted on disk with the OS keystore.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect… cannot inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows; no effect on Linux).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app is loaded from app.asar only, never from a loose resources/app folder.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, file:// needs no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

// FuseState of @electron/fuses: the ASCII codes of '1' and '0'.
const ENABLED = 49;
const DISABLED = 48;

// electron-builder's Arch enum.
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/** The file holding the fuse wire, per platform (on macOS @electron/fuses finds the framework from the executable). */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`, 'Contents', 'MacOS', productFilename);
    default:
      throw new Error(`afterPack: no known Electron binary for the platform "${electronPlatformName}"`);
  }
}

export default async function afterPack(context) {
  const binary = electronBinary(context);
  // Not strictlyRequireAllFuses: Electron 45 may have fuses newer than this @electron/fuses (they
  // keep Electron's default and are listed below); every fuse set here is checked after flipping.
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && (context.arch === ARCH_ARM64 || context.arch === ARCH_UNIVERSAL),
    ...FUSES,
  });

  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES)
    .filter(([index, enabled]) => wire[index] !== (enabled ? ENABLED : DISABLED))
    .map(([index]) => FuseV1Options[index]);
  if (wrong.length > 0) throw new Error(`afterPack: fuses not set in ${binary}: ${wrong.join(', ')}`);
  const unknown = Object.keys(wire).filter((key) => key !== 'version' && !(key in FUSES));
  if (unknown.length > 0) console.warn(`  • afterPack: fuse(s) #${unknown.join(', #')} unknown to @electron/fuses keep Electron's default`);
  console.log(`  • afterPack: Electron fuses set in ${path.relative(process.cwd(), binary)}`);
}
