/**
 * The cleaner's output version, stored with every cleaned version of a clipping. Bump it when a
 * change to the cleaner changes what it extracts: the library then offers to re-clean articles
 * cleaned by an older one (renderer/db/repositories/recleanRepository.ts). Its own file so the
 * renderer can read it without bundling the cleaner.
 *
 * 2 (2026-12-06): chart labels, inline related boxes, labelled feeds, English bylines and months.
 * 3 (2026-12-06): Title Case story lists, tables of contents, SQL, WeChat/Sohu/wire closers and
 *   author cards, video-player menus, accounts of WeChat, Baijiahao, news apps and 澎湃号.
 */
export const CLEANER_VERSION = 3;
