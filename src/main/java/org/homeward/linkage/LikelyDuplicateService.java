package org.homeward.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.homeward.access.AccessScope;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.linkage.LikelyDuplicates.FieldExplanation;
import org.homeward.linkage.LikelyDuplicates.Match;
import org.homeward.linkage.LikelyDuplicates.MemberMatches;
import org.homeward.linkage.engine.LinkageDate;
import org.homeward.linkage.engine.LinkageRecord;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.NameChain;
import org.homeward.registry.NamePart;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.stereotype.Service;

/**
 * The on-entry check: before a household is saved, which registrations in the caller's scope are
 * most likely the same people. Every answer that shows people is in the audit trail.
 */
@Service
public class LikelyDuplicateService {

    static final int MATCHES_PER_MEMBER = 5;
    private final DuplicateIndex index;
    private final CurrentAccess access;
    private final AuditTrail audit;

    LikelyDuplicateService(DuplicateIndex index, CurrentAccess access, AuditTrail audit) {
        this.index = index;
        this.access = access;
        this.audit = audit;
    }

    public LikelyDuplicates check(RegisterHouseholdRequest request) {
        AccessScope scope = access.scope();
        if (!index.ready()) {
            return new LikelyDuplicates(false, List.of());
        }
        List<IndividualDetails> members = request == null || request.members() == null ? List.of() : request.members();
        if (!scope.personalData() || members.isEmpty()) {
            return new LikelyDuplicates(true, List.of());
        }
        index.catchUp();
        DuplicateIndex.Lookup lookup = index.lookup();
        List<MemberMatches> answer = new ArrayList<>();
        for (int position = 0; position < members.size(); position++) {
            IndividualDetails member = members.get(position);
            if (member == null || !hasName(member)) {
                continue;
            }
            List<Match> matches = lookup
                    .likelyMatches(entry(member), LinkageSettings.DEFAULT_REVIEW_WEIGHT, MATCHES_PER_MEMBER * 4)
                    .stream()
                    // One erased since the index last caught up is not shown.
                    .filter(match -> match.other() != null)
                    .filter(match -> scope.unrestricted()
                            || scope.covers(match.other().site(), match.other().destination()))
                    .limit(MATCHES_PER_MEMBER)
                    .map(LikelyDuplicateService::match)
                    .toList();
            answer.add(new MemberMatches(position, matches));
        }
        recordShown(answer);
        return new LikelyDuplicates(true, answer);
    }

    private void recordShown(List<MemberMatches> answer) {
        List<String> shown = answer.stream()
                .flatMap(member -> member.matches().stream())
                .map(match -> match.individualId().toString())
                .distinct()
                .toList();
        if (!shown.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("shown", shown);
            details.put(
                    "households",
                    answer.stream()
                            .flatMap(member -> member.matches().stream())
                            .map(match -> match.householdId().toString())
                            .distinct()
                            .toList());
            audit.record(new AuditEntry(
                    LinkageAuditAction.CHECK_LIKELY_DUPLICATES, "individual", shown.get(0), null, details));
        }
    }

    private static boolean hasName(IndividualDetails member) {
        NameChain names = member.nameChain();
        return !names.given().isBlank() || !names.family().isBlank();
    }

    static LinkageRecord entry(IndividualDetails member) {
        return entry(member, "entry-" + UUID.randomUUID());
    }

    /** The member as the engine reads it, under the id given (a registered individual's, to queue a pair). */
    static LinkageRecord entry(IndividualDetails member, String id) {
        NameChain names = member.nameChain();
        return EngineNames.named(LinkageRecord.builder(id), names)
                .fatherName(blankToEmpty(names.father()))
                .sex(member.sex())
                .birthDate(LinkageDate.parse(member.birthDate(), "iso"))
                .phone(member.phone())
                .document(member.documentNumber())
                .place(member.placeOfOrigin())
                .build();
    }

    /** The form always has a father's name field: a blank one is unknown, not absent. */
    private static String blankToEmpty(NamePart father) {
        String joined = Stream.of(father.arabic(), father.latin())
                .filter(Objects::nonNull)
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" "));
        return joined;
    }

    static Match match(DuplicateIndex.Match found) {
        ScoredPair pair = found.pair();
        LinkageRecord other = found.other().record();
        String name = Stream.of(other.givenName(), other.fatherName(), other.familyName())
                .filter(Objects::nonNull)
                .filter(text -> !text.isBlank())
                .collect(Collectors.joining(" · "));
        List<FieldExplanation> fields = pair.contributions().stream()
                .map(field -> new FieldExplanation(
                        field.field().name(),
                        MaskedValues.shown(field.field().name(), field.left()),
                        MaskedValues.shown(field.field().name(), field.right()),
                        MaskedValues.comparison(field.left(), field.right()),
                        field.levelName(),
                        Math.round(field.weight() * 10) / 10.0))
                .toList();
        return new Match(
                UUID.fromString(other.id()),
                UUID.fromString(other.householdId()),
                name,
                other.birthDate().toString(),
                Math.round(pair.totalWeight() * 10) / 10.0,
                pair.probability(),
                fields,
                DuplicateRunService.reason(pair));
    }
}
