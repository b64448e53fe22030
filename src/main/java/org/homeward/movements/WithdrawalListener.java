package org.homeward.movements;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a household off its planned movement when a member withdraws their decision to return.
 *
 * <p>It listens in the withdrawing transaction ({@code @EventListener}, not an after-commit
 * {@code @ApplicationModuleListener}) on purpose: the withdrawal and the household leaving the
 * manifest commit together or not at all. An asynchronous listener could leave a window — or, if
 * the process died between the two commits, a lasting state — in which a person who withdrew is
 * still on a bus that may depart. Both this listener and departure lock the movement's row, so a
 * departure either sees the household gone or happened before the withdrawal.
 */
@Component
class WithdrawalListener {

    private final ManifestService manifests;

    WithdrawalListener(ManifestService manifests) {
        this.manifests = manifests;
    }

    @EventListener
    void withdrawn(VoluntarinessWithdrawn withdrawal) {
        manifests.takeOffForWithdrawal(withdrawal.householdId(), withdrawal.recordedBy());
    }
}
