/**
 * The Cloud Functions entry: registers the three functions with the Functions Framework and nothing
 * else. Handlers load the engine, Firestore and the Sheets client on first use.
 */
import { cloudEvent, http } from '@google-cloud/functions-framework';
import { recalcNow, scheduledRecalc, sheetEdited } from './cloud/handlers.js';

cloudEvent('scheduledRecalc', scheduledRecalc);
http('sheetEdited', sheetEdited);
http('recalcNow', recalcNow);
