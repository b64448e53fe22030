package org.homeward.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an offline edit's fields into the flat keys of {@link EditableFields}, refusing an edit whose
 * shape is wrong (no id, no device, no base version, a field that cannot be edited) with each problem by field.
 */
final class OfflineEditFields {

    static final int MAX_DEVICE = 100;

    private OfflineEditFields() {}

    static Map<String, String> flatten(OfflineEditRequest request) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (request.clientId() == null) {
            problems.add(new ValidationProblem(
                    "clientId", RegistryProblemCode.OFFLINE_EDIT_ID_MISSING, "Give the edit an id (a UUID)"));
        }
        if (request.deviceId() == null
                || request.deviceId().isBlank()
                || request.deviceId().length() > MAX_DEVICE) {
            problems.add(new ValidationProblem(
                    "deviceId",
                    RegistryProblemCode.OFFLINE_EDIT_DEVICE_MISSING,
                    "Name the device the edit was made on (at most " + MAX_DEVICE + " characters)"));
        }
        if (request.baseVersion() == null || request.baseVersion() < 0) {
            problems.add(new ValidationProblem(
                    "baseVersion",
                    RegistryProblemCode.OFFLINE_EDIT_BASE_MISSING,
                    "Send the version of the household the edit started from"));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        request.household().forEach((field, value) -> {
            if (EditableFields.HOUSEHOLD.contains(field)) {
                fields.put(field, text(value));
            } else {
                problems.add(new ValidationProblem(
                        "household." + field,
                        RegistryProblemCode.OFFLINE_EDIT_FIELD_UNKNOWN,
                        "Not a field an edit can change"));
            }
        });
        for (int i = 0; i < request.members().size(); i++) {
            member(request.members().get(i), i, fields, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        return fields;
    }

    private static void member(
            Map<String, Object> member, int index, Map<String, String> fields, List<ValidationProblem> problems) {
        UUID id = memberId(member == null ? null : member.get("individualId"));
        if (id == null) {
            problems.add(new ValidationProblem(
                    "members[" + index + "].individualId",
                    RegistryProblemCode.OFFLINE_EDIT_MEMBER_MISSING,
                    "Name the member by the id the household was downloaded with"));
            return;
        }
        member.forEach((field, value) -> {
            if (field.equals("individualId")) {
                return;
            }
            if (EditableFields.isMemberField(field)) {
                fields.put(EditableFields.memberKey(id, field), text(value));
            } else {
                problems.add(new ValidationProblem(
                        "members[" + index + "]." + field,
                        RegistryProblemCode.OFFLINE_EDIT_FIELD_UNKNOWN,
                        "Not a field an edit can change"));
            }
        });
    }

    private static UUID memberId(Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A value as the editable fields hold it: blank as null, a list of needs joined by commas. */
    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty()
                    ? null
                    : String.join(
                            ",",
                            list.stream().map(String::valueOf).map(String::trim).toList());
        }
        return value == null ? null : EditableFields.clean(value.toString());
    }
}
