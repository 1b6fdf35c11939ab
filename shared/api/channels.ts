/**
 * What the two doors of the renderer (the Electron preload and the loopback host's page client) need
 * at run time, without zod: the channel names, the menu commands and the units upload limits. The
 * contract (./contract.ts) is built on these names and the compiler holds the two together: a channel
 * named here without a schema there, or the other way round, does not compile. The schemas
 * themselves stay on the main side, which validates every call.
 */

export const CHANNEL_NAMES = [
  'app.info',
  'organs.list',
  'organs.save',
  'reports.list',
  'reports.create',
  'reports.open',
  'reports.save',
  'reports.newFromPrior',
  'reports.history',
  'reports.sessions',
  'reports.restore',
  'reports.import',
  'reports.exports',
  'reports.setStatus',
  'import.parse',
  'export.file',
  'export.download',
  'export.showInFolder',
  'export.print',
  'units.upload',
  'units.choose',
  'units.unit',
  'units.exportOverview',
  'units.aggregate',
  'backups.list',
  'backups.restore',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(name: string): name is ChannelName {
  return NAMES.has(name);
}

/** Commands the application menu sends to the renderer (Electron only; the test host never sends any). */
export const MENU_COMMANDS = ['new', 'open', 'export-docx', 'export-pdf', 'print'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
/** The one event channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'nianbao:menu-command';

/** Files uploaded in one call: the page sends a large selection in batches of this many. */
export const UNITS_UPLOAD_BATCH = 50;
/** base64 characters in one upload call, under the loopback host's 80 MB body limit. */
export const UNITS_UPLOAD_MAX_CHARS = 60_000_000;
/** Units one check keeps (rows and reports in memory until the page is left). */
export const UNITS_SESSION_MAX = 20_000;
