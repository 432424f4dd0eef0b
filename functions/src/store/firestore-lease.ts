/**
 * Leases and replay protection in Firestore. A lease (`leases/{spreadsheet}`) lets one run at a time
 * work on a spreadsheet; its token grows with every grant, and the results a run writes carry it, so a
 * run that lost its lease can never overwrite a later run's results (a fencing token). A webhook event
 * id is claimed once (`webhook_events/{id}`), on every instance of the function at once.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { Lease, LeaseKeeper } from './port.js';

export const LEASES = 'leases';
export const WEBHOOK_EVENTS = 'webhook_events';

interface LeaseDoc {
  holder: string | null;
  token: number;
  expires_at: string;
  rerun_requested: boolean;
}

export class FirestoreLeaseKeeper implements LeaseKeeper {
  constructor(
    private readonly db: Firestore,
    private readonly spreadsheetId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get ref() {
    return this.db.collection(LEASES).doc(this.spreadsheetId);
  }

  async acquireLease(holder: string, ttlMs: number): Promise<Lease | undefined> {
    return this.db.runTransaction(async (tx) => {
      const snap = await tx.get(this.ref);
      const current = snap.exists ? (snap.data() as LeaseDoc) : undefined;
      const now = this.now();
      const free =
        !current ||
        current.holder === null ||
        current.holder === holder ||
        Date.parse(current.expires_at) <= now.getTime();
      if (!free) {
        // Someone is running: ask them to run once more when done, so this request is not lost.
        tx.update(this.ref, { rerun_requested: true });
        return undefined;
      }
      const lease: Lease = {
        holder,
        token: (current?.token ?? 0) + 1,
        expires_at: new Date(now.getTime() + ttlMs).toISOString(),
      };
      tx.set(this.ref, { ...lease, rerun_requested: false } satisfies LeaseDoc);
      return lease;
    });
  }

  async holdsLease(lease: Lease): Promise<boolean> {
    const snap = await this.ref.get();
    const current = snap.data() as LeaseDoc | undefined;
    return (
      current?.token === lease.token &&
      current.holder === lease.holder &&
      Date.parse(current.expires_at) > this.now().getTime()
    );
  }

  async releaseLease(lease: Lease): Promise<{ rerun: boolean }> {
    return this.db.runTransaction(async (tx) => {
      const snap = await tx.get(this.ref);
      const current = snap.data() as LeaseDoc | undefined;
      if (current?.token !== lease.token) return { rerun: false };
      // The token stays: the next grant gets a larger one.
      tx.set(this.ref, {
        holder: null,
        token: lease.token,
        expires_at: this.now().toISOString(),
        rerun_requested: false,
      } satisfies LeaseDoc);
      return { rerun: current.rerun_requested };
    });
  }
}

/** gRPC's ALREADY_EXISTS, what `create` fails with when the document exists. */
const ALREADY_EXISTS = 6;

export class FirestoreReplayGuard {
  constructor(
    private readonly db: Firestore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Claims an event id; false when it was claimed before. `expires_at` is for a TTL policy that
   * deletes claims once a replay would be refused as stale anyway.
   */
  async claim(eventId: string, keepMs: number): Promise<boolean> {
    const now = this.now();
    try {
      await this.db
        .collection(WEBHOOK_EVENTS)
        .doc(eventId)
        .create({ received_at: now.toISOString(), expires_at: new Date(now.getTime() + keepMs) });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === ALREADY_EXISTS) return false;
      throw error;
    }
  }
}
