package org.homeward.offline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.homeward.offline.OfflineDevices.Device;
import org.homeward.offline.OfflineRequests.RecordProblem;
import org.homeward.offline.OfflineRequests.SyncRecord;
import org.homeward.offline.OfflineRequests.SyncResult;
import org.homeward.offline.OfflineRequests.SyncState;
import org.homeward.offline.OfflineSubmissions.Submission;
import org.homeward.offline.ReservedReferences.Reservation;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.registry.ConsentRequest;
import org.homeward.registry.ConsentService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.InvalidHouseholdException;
import org.homeward.registry.RegistrationConsent;
import org.homeward.registry.ValidationProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Writes one record of an outbox inside the caller's transaction: claims its client identifier, checks
 * its reserved reference and registers the household under it. A record refused or in conflict rolls the
 * transaction back, so nothing of it stays; a record sent before answers what it became the first time.
 */
@Component
class SyncedRecordWriter {

    /** The codes this writer itself refuses a record with (the registry's own come with its validation). */
    static final java.util.List<String> RECORD_CODES = java.util.List.of(
            "OFFLINE_CLIENT_ID_MISSING",
            "OFFLINE_CLIENT_ID_TAKEN",
            "OFFLINE_HOUSEHOLD_MISSING",
            "OFFLINE_REFERENCE_NOT_RESERVED",
            "OFFLINE_REFERENCE_ALREADY_USED",
            "OFFLINE_RECORD_CHANGED_AFTER_SENT",
            "OFFLINE_REFERENCE_EXPIRED");

    /** The answer for one record, and whether it had been sent before. */
    record Written(SyncResult result, boolean resent) {}

    private final OfflineSubmissions submissions;
    private final ReservedReferences references;
    private final HouseholdCommands households;
    private final ConsentService consents;
    private final MessageSource messages;
    private final Clock clock;

    SyncedRecordWriter(
            OfflineSubmissions submissions,
            ReservedReferences references,
            HouseholdCommands households,
            ConsentService consents,
            MessageSource messages,
            Clock clock) {
        this.consents = consents;
        this.submissions = submissions;
        this.references = references;
        this.households = households;
        this.messages = messages;
        this.clock = clock;
    }

    Written write(SyncRecord record, Device device, TransactionStatus status) {
        if (record == null || record.clientId() == null) {
            status.setRollbackOnly();
            return new Written(
                    SyncResult.refused(
                            null,
                            problem(
                                    OfflineProblemCode.OFFLINE_CLIENT_ID_MISSING,
                                    "clientId",
                                    "The record has no client identifier")),
                    false);
        }
        Instant now = clock.instant();
        String reference = record.reservedReference() == null
                ? ""
                : record.reservedReference().strip();
        Optional<Written> before = earlier(record, device);
        if (before.isPresent()
                || !submissions.claim(record.clientId(), device.key(), reference, record.recordedAt(), now)) {
            // A resend: the first answer stands, whether it came before or while this one waited.
            status.setRollbackOnly();
            return before.or(() -> earlier(record, device)).orElseThrow();
        }
        Optional<SyncResult> refusal = refusalOfReference(record, reference, device, now);
        if (refusal.isEmpty() && record.household() == null) {
            refusal = Optional.of(SyncResult.refused(
                    record.clientId(),
                    problem(OfflineProblemCode.OFFLINE_HOUSEHOLD_MISSING, "household", "The record has no household")));
        }
        if (refusal.isPresent()) {
            status.setRollbackOnly();
            return new Written(refusal.get(), false);
        }
        try {
            // The author is the device's officer, also when a supervisor imports the device's bundle.
            Household household = households.registerWithReference(record.household(), reference, device.username());
            recordConsent(household, record.household().consent(), device.username());
            references.markUsed(reference, household.id(), now);
            submissions.settle(record.clientId(), household.id(), household.reference());
            return new Written(SyncResult.sent(record.clientId(), household.id(), household.reference()), false);
        } catch (InvalidHouseholdException invalid) {
            status.setRollbackOnly();
            ValidationProblem first = invalid.problems().get(0);
            return new Written(
                    SyncResult.refused(record.clientId(), problem(first.code(), first.field(), first.message())),
                    false);
        } catch (ProblemException refused) {
            status.setRollbackOnly();
            return new Written(
                    SyncResult.refused(record.clientId(), problem(refused.code(), null, refused.getMessage())), false);
        }
    }

    /**
     * Records the consent asked on the device with the household, in its transaction: consent that breaks
     * its rules refuses the whole record (its problems named {@code consent.*}), as the online form does.
     */
    private void recordConsent(Household household, RegistrationConsent consent, String actor) {
        if (consent == null) {
            return;
        }
        try {
            consents.record(
                    household.id(),
                    new ConsentRequest(
                            household.version(),
                            consent.purposes(),
                            consent.partners(),
                            consent.givenBy(),
                            consent.method()),
                    actor);
        } catch (InvalidHouseholdException invalid) {
            throw new InvalidHouseholdException(invalid.problems().stream()
                    .map(problem -> new ValidationProblem(
                            problem.field().startsWith("consent.") ? problem.field() : "consent." + problem.field(),
                            problem.code(),
                            problem.message()))
                    .toList());
        }
    }

    /**
     * What the record became when it was sent before. Another device's record of that identifier is a
     * conflict, and so is the same record changed on the device after it was sent (its answer lost, or
     * its bundle imported): answering "sent" would let the device erase a change the registry never got.
     */
    private Optional<Written> earlier(SyncRecord record, Device device) {
        return submissions.find(record.clientId()).map((Submission submission) -> {
            if (submission.device() != device.key()) {
                return new Written(
                        SyncResult.conflict(
                                record.clientId(),
                                problem(
                                        OfflineProblemCode.OFFLINE_CLIENT_ID_TAKEN,
                                        "clientId",
                                        "Another device already sent a record with this identifier")),
                        false);
            }
            if (!sameMoment(submission.recordedAt(), record.recordedAt())) {
                return new Written(
                        new SyncResult(
                                record.clientId(),
                                SyncState.CONFLICT,
                                submission.householdId(),
                                submission.reference(),
                                problem(
                                        OfflineProblemCode.OFFLINE_RECORD_CHANGED_AFTER_SENT,
                                        "recordedAt",
                                        "This household was registered before this change reached Homeward: the change"
                                                + " was not applied. Keep the household for offline editing to make it"
                                                + " again, then discard this record.")),
                        false);
            }
            return new Written(
                    SyncResult.sent(record.clientId(), submission.householdId(), submission.reference()), true);
        });
    }

    /** Whether two record times are the same moment, to the microsecond the database keeps. */
    private static boolean sameMoment(Instant stored, Instant sent) {
        if (stored == null || sent == null) {
            return stored == null && sent == null;
        }
        return stored.truncatedTo(ChronoUnit.MICROS).equals(sent.truncatedTo(ChronoUnit.MICROS));
    }

    private Optional<SyncResult> refusalOfReference(SyncRecord record, String reference, Device device, Instant now) {
        Optional<Reservation> reservation = reference.isEmpty() ? Optional.empty() : references.lock(reference);
        if (reservation.isEmpty() || reservation.get().device() != device.key()) {
            return Optional.of(SyncResult.refused(
                    record.clientId(),
                    problem(
                            OfflineProblemCode.OFFLINE_REFERENCE_NOT_RESERVED,
                            "reservedReference",
                            "This reference was not reserved to this device")));
        }
        if (reservation.get().usedAt() != null) {
            return Optional.of(SyncResult.conflict(
                    record.clientId(),
                    problem(
                            OfflineProblemCode.OFFLINE_REFERENCE_ALREADY_USED,
                            "reservedReference",
                            "Another record of this device already carries this reference")));
        }
        if (!reservation.get().expiresAt().isAfter(now)) {
            return Optional.of(SyncResult.refused(
                    record.clientId(),
                    problem(
                            OfflineProblemCode.OFFLINE_REFERENCE_EXPIRED,
                            "reservedReference",
                            "This reference expired before the record arrived: give the household a new one")));
        }
        return Optional.empty();
    }

    /** The problem with its message in the caller's language where the bundles have one. */
    private RecordProblem problem(ProblemCode code, String field, String fallback) {
        String message = messages.getMessage("problem." + code.name(), null, fallback, LocaleContextHolder.getLocale());
        return new RecordProblem(code, field, message);
    }
}
