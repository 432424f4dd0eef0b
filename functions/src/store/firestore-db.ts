/**
 * The Firestore database of the function, opened once per instance with the Admin SDK. In Cloud
 * Functions the project and credentials come from the environment; with FIRESTORE_EMULATOR_HOST set
 * (tests) the SDK talks to the emulator instead.
 */
import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

const APP_NAME = 'salesperf';
const databases = new Map<string, Firestore>();

/** The Firestore database `databaseId` of `projectId`, opened on first use. */
export function firestore(projectId: string, databaseId = '(default)'): Firestore {
  const key = `${projectId}/${databaseId}`;
  const open = databases.get(key);
  if (open) return open;
  const app: App =
    getApps().find((a) => a.name === `${APP_NAME}-${projectId}`) ??
    initializeApp({ projectId }, `${APP_NAME}-${projectId}`);
  const db = databaseId === '(default)' ? getFirestore(app) : getFirestore(app, databaseId);
  // Results hold optional fields; undefined ones are left out rather than refused.
  db.settings({ ignoreUndefinedProperties: true });
  databases.set(key, db);
  return db;
}
