/**
 * The scheduled recalculation: a message published to the Pub/Sub emulator is pushed to
 * `scheduledRecalc` served by the Functions Framework, which runs the spreadsheets it names. The same
 * handler also takes the CloudEvent that Eventarc delivers in the cloud.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT, startCloudWorld, type CloudWorld } from './cloud-support.js';
import { startPubSubEmulator, type Emulator } from './cloud-emulators.js';

let world: CloudWorld;
let pubsub: Emulator;
let url: string;

beforeAll(async () => {
  [world, pubsub] = await Promise.all([startCloudWorld({ locale: 'en' }), startPubSubEmulator()]);
  url = await world.serve('scheduledRecalc');
}, 60_000);
afterAll(async () => {
  await Promise.all([world?.close(), pubsub?.stop()]);
}, 30_000);

async function scheduledRuns(): Promise<number> {
  const { firestore } = await import('../functions/src/store/firestore-db.js');
  const snap = await firestore(PROJECT)
    .collection(`workbooks/${world.spreadsheetId}/runs`)
    .where('trigger', '==', 'schedule')
    .get();
  return snap.size;
}

/** Whether no run holds the spreadsheet's lease (a run records itself before it finishes). */
async function leaseFree(): Promise<boolean> {
  const { firestore } = await import('../functions/src/store/firestore-db.js');
  const lease = await firestore(PROJECT).collection('leases').doc(world.spreadsheetId).get();
  return lease.get('holder') === null;
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const data = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64');

describe('the scheduled recalculation', () => {
  test('given a push subscription to the function, when the daily message is published, then the spreadsheet it names is recalculated', async () => {
    const api = `http://${pubsub.host}/v1/projects/${PROJECT}`;
    const put = (path: string, body: unknown) =>
      fetch(`${api}/${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put('topics/salesperf-daily', {})).ok).toBe(true);
    // The path names the topic, as the Functions Framework expects of a push endpoint.
    const endpoint = `${url}/projects/${PROJECT}/topics/salesperf-daily`;
    expect(
      (
        await put('subscriptions/salesperf-daily-push', {
          topic: `projects/${PROJECT}/topics/salesperf-daily`,
          pushConfig: { pushEndpoint: endpoint },
        })
      ).ok,
    ).toBe(true);

    world.standin.resetCalls();
    const published = await fetch(`${api}/topics/salesperf-daily:publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        messages: [{ data: data({ spreadsheets: [world.spreadsheetId, 'not-served-here-123'] }) }],
      }),
    });
    expect(published.ok).toBe(true);

    await until(async () => (await scheduledRuns()) === 1 && (await leaseFree()));
    expect(world.standin.calls.map((c) => c.kind)).toEqual([
      'spreadsheets.get',
      'values.batchGet',
      'spreadsheets.batchUpdate',
    ]);
    expect(world.standin.values(world.spreadsheetId, 'Run Log')[1]?.some((v) => v === 'schedule')).toBe(true);
  });

  test('the CloudEvent Eventarc delivers for a Pub/Sub message runs the same way', async () => {
    const before = await scheduledRuns();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify({
        specversion: '1.0',
        id: 'evt-1234567890',
        source: `//pubsub.googleapis.com/projects/${PROJECT}/topics/salesperf-daily`,
        type: 'google.cloud.pubsub.topic.v1.messagePublished',
        datacontenttype: 'application/json',
        time: new Date().toISOString(),
        data: {
          message: {
            data: data({ spreadsheets: [world.spreadsheetId] }),
            messageId: '1234567890',
            publishTime: new Date().toISOString(),
          },
          subscription: `projects/${PROJECT}/subscriptions/eventarc-salesperf`,
        },
      }),
    });
    expect(res.status).toBe(204);
    expect(await scheduledRuns()).toBe(before + 1);
  });

  test('a message that names no spreadsheet is acknowledged and runs nothing', async () => {
    world.standin.resetCalls();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/cloudevents+json' },
      body: JSON.stringify({
        specversion: '1.0',
        id: 'evt-malformed-1',
        source: `//pubsub.googleapis.com/projects/${PROJECT}/topics/salesperf-daily`,
        type: 'google.cloud.pubsub.topic.v1.messagePublished',
        data: { message: { data: data({ hello: 'world' }), messageId: '2' } },
      }),
    });
    expect(res.status).toBe(204);
    expect(world.standin.count()).toBe(0);
  });
});
