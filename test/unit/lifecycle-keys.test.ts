/**
 * The ledger keys of hold renewals: the lifecycle's settlement hook acts on exactly
 * `booking:<id>:authorize:<n>`, and the bookings module's hook on exactly `booking:<id>:authorize`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { replacedHoldReleaseKey } from '../../src/modules/bookings/bookings.lifecycle.js';
import { bookingKeys } from '../../src/modules/bookings/booking-payments.js';
import { parseRenewalKey, renewalKey } from '../../src/modules/bookings/lifecycle.repository.js';

describe('hold renewal keys', () => {
  it('round-trips booking:<id>:authorize:<n>', () => {
    assert.equal(renewalKey(42, 3), 'booking:42:authorize:3');
    assert.deepEqual(parseRenewalKey(renewalKey(42, 3)), { bookingId: 42, n: 3 });
    assert.equal(replacedHoldReleaseKey(42, 3), 'booking:42:release:3');
  });

  it('recognises nothing else: the first hold, its releases, other steps', () => {
    for (const key of [
      bookingKeys.hold(42),
      bookingKeys.lateRelease(bookingKeys.hold(42)),
      bookingKeys.lateRelease(renewalKey(42, 1)),
      bookingKeys.extensionAuthorize(42, 7),
      bookingKeys.balanceAuthorize(42),
      replacedHoldReleaseKey(42, 1),
      'booking:42:authorize:',
      'booking:x:authorize:1',
      'daakey:1:booking:42:authorize:1',
    ])
      assert.equal(parseRenewalKey(key), null, key);
  });
});
