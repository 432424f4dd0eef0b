import { describe, expect, test } from 'vitest';
import { Dec } from '../money.js';
import { conversions } from './conversion.js';

const plan = {
  registrationFromVisit: new Dec('0.3'),
  subscriptionFromRegistration: new Dec('0.5'),
  dealFromSubscription: new Dec('0.7'),
};

describe('conversions', () => {
  test('divides each stage by the one before and sets the plan beside it', () => {
    const c = conversions(
      { visits: new Dec(400), leads: 0, registrations: 130, subscriptions: 65, deals: 39 },
      plan,
    );
    expect(
      [c.visit_to_registration, c.registration_to_subscription, c.subscription_to_deal].map((r) => [
        r.actual?.toFixed(),
        r.plan?.toFixed(),
      ]),
    ).toEqual([
      ['0.325', '0.3'],
      ['0.5', '0.5'],
      ['0.6', '0.7'],
    ]);
  });

  test('a stage after an empty one has no rate, and a campaign without rates has no plan', () => {
    const c = conversions(
      { visits: new Dec(0), leads: 3, registrations: 0, subscriptions: 0, deals: 0 },
      undefined,
    );
    expect([
      c.visit_to_registration.actual,
      c.visit_to_registration.plan,
      c.subscription_to_deal.actual,
    ]).toEqual([null, null, null]);
  });
});
