// Attachment file types (C1, C2, C3, C4). Lower-case extensions without the dot, compared with
// the last extension of a cleaned file name ("Invoice.PDF.exe " → "exe", decoy "pdf").
//
// Where the entries come from: curated by hand; rspamd's bad_extensions table
// (src/plugins/lua/mime_types.lua, Apache-2.0: the weight-4 "block" class that Gmail and
// Outlook also refuse), Sublime static-files file_extensions_suspicious.txt,
// file_extensions_macros.txt and file_extensions_common_archives.txt (MIT) as seeds, plus the
// container and shortcut types used in 2023-25 campaigns that those lists miss.

/**
 * Programs, scripts, shortcuts, installers, disk images and other files that run code or
 * fetch it when opened. A front desk never needs one from email, so this class is decisive.
 * Odd ones: com (DOS program; a name ending ".com" is treated as one), url/website/webloc
 * (internet shortcuts that can point at a remote program), one/onepkg (OneNote files carrying
 * embedded scripts), iso/img/vhd/vhdx (disk images that hide their contents from scanners),
 * rdp (remote-desktop files sent in 2024 campaigns to take over the PC), library-ms and
 * search-ms (Windows search/library files pointing at attacker shares), theme (can fetch
 * remote files), xll/wll (Excel/Word add-in DLLs), appref-ms/application (ClickOnce).
 * Left out: bin and dat (mail programs name unknown parts ATT00001.bin / winmail.dat).
 */
export const EXECUTABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  // Windows programs and libraries
  'exe', 'scr', 'pif', 'cpl', 'dll', 'ocx', 'sys', 'drv', 'msi', 'msp', 'mst', 'msu', 'msix', 'msixbundle', 'appx',
  'appxbundle', 'appinstaller', 'appref-ms', 'application', 'gadget', 'xbap', 'xll', 'wll',
  // Scripts
  'bat', 'cmd', 'vb', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'wsc', 'ws', 'hta', 'htc', 'sct', 'ps1', 'ps1xml', 'ps2', 'ps2xml',
  'psc1', 'psc2', 'psm1', 'msh', 'msh1', 'msh2', 'mshxml', 'msh1xml', 'msh2xml', 'jar', 'jnlp', 'pyw', 'pyz', 'pyzw', 'pyc', 'pyo',
  'pl', 'sh', 'command', 'scpt', 'applescript', 'ksh', 'csh',
  // Shortcuts and Windows shell files
  'lnk', 'url', 'website', 'webloc', 'scf', 'shb', 'shs', 'reg', 'inf', 'ins', 'isp', 'its', 'library-ms', 'search-ms',
  'searchconnector-ms', 'settingcontent-ms', 'theme', 'themepack', 'rdp', 'diagcab', 'diagcfg', 'diagpack', 'msc', 'mde', 'mda',
  'ade', 'adp', 'cnt', 'hlp', 'hpj', 'chm', 'printerexport', 'xnk', 'mcf', 'prf', 'grp',
  // Disk images and containers that bypass "downloaded from the internet" warnings
  'iso', 'img', 'vhd', 'vhdx', 'udf',
  // OneNote
  'one', 'onepkg',
  // Mac, Linux and mobile apps
  'dmg', 'pkg', 'app', 'appimage', 'apk', 'xapk', 'ipa', 'run', 'elf',
]);

/** Local web pages: a fake sign-in form or "HTML smuggling" that drops a file (C3). */
/**
 * DOS programs: almost extinct, and "Invoice from Acme.com" is a web address, not a program. Only
 * counted behind a document extension ("scan.pdf.com").
 */
export const DOS_PROGRAM_EXTENSIONS: ReadonlySet<string> = new Set(['com']);

export const HTML_EXTENSIONS: ReadonlySet<string> = new Set([
  'htm', 'html', 'shtml', 'shtm', 'xhtml', 'xht', 'dhtml', 'phtml', 'svg', 'svgz', 'mht', 'mhtml',
]);

/**
 * Office files that can carry macros or live data connections. Legacy .doc/.xls can hold macros
 * too, but are too common to flag by name (they are in DOCUMENT_DECOY_EXTENSIONS); .xlsb is
 * left out for the same reason. iqy/dqy/oqy/rqy/slk are Excel web-query and SYLK files used to
 * pull and run remote content.
 */
export const MACRO_DOC_EXTENSIONS: ReadonlySet<string> = new Set([
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xla', 'xlm', 'pptm', 'potm', 'ppsm', 'ppam', 'sldm', 'dot', 'xlt',
  'iqy', 'dqy', 'oqy', 'rqy', 'slk',
]);

/** Archives: they hide what is inside from mail scanners (C2 cloaking, C4 passwords). */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  'zip', 'zipx', 'rar', '7z', 'gz', 'gzip', 'tgz', 'tar', 'cab', 'ace', 'arj', 'z', 'bz2', 'tbz', 'tbz2', 'xz', 'txz', 'lz', 'lzh',
  'lha', 'zst', 'uue', 'xxe', 'arc', 'r00', 'r01',
]);

/**
 * Harmless-looking types that attackers put in front of the real one ("Invoice.pdf.html",
 * "scan.jpg.exe", "voicemail.mp3.htm"): images and audio are there because fake fax and
 * voicemail notifications use them.
 */
export const DOCUMENT_DECOY_EXTENSIONS: ReadonlySet<string> = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'csv', 'txt', 'rtf', 'odt', 'ods', 'odp',
  'jpg', 'jpeg', 'png', 'gif', 'tif', 'tiff', 'bmp', 'heic', 'mp3', 'wav', 'm4a', 'mp4', 'eml', 'msg',
]);
