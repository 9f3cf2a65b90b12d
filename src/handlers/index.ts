import type { EventHandlerDefinition } from '../core/handler-definitions.js';
import { locationAttendance } from './location-attendance.js';
import { welcomeGroup } from './welcome-group.js';
import { staffingImportHandler } from './staffing-import.js';

/*
 * Handlers for events that are not text commands or card buttons, one file each under src/handlers/.
 * For each kind the router runs the first handler whose `accepts` takes the event (a handler without
 * `accepts` takes all), so put specific handlers before general ones. With no handler, the user is
 * told politely that this is not supported yet.
 */

/** Location messages (e.g. check-in by location). */
export const locationHandlers: readonly EventHandlerDefinition<'location'>[] = [locationAttendance];

/** Files sent to the bot (e.g. an import spreadsheet). */
export const fileHandlers: readonly EventHandlerDefinition<'file'>[] = [staffingImportHandler];

/** Bot menu clicks, usually one handler per menu key. */
export const menuHandlers: readonly EventHandlerDefinition<'menu'>[] = [];

/** The bot added to a group. */
export const botAddedHandlers: readonly EventHandlerDefinition<'botAdded'>[] = [welcomeGroup];
