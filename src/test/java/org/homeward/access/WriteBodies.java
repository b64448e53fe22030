package org.homeward.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bodies the write matrix sends, route by route: requests that would do their work if the
 * caller were let through, so that a refusal is of a real change and not of a malformed request.
 */
final class WriteBodies {

    private WriteBodies() {}

    /** The JSON body of an API route, filled from the side's ids and stored versions. */
    static String json(String route, Map<String, String> values) {
        if (route.startsWith("/api/v1/documentation/")) {
            return documentationJson(route, values);
        }
        if (route.equals("/api/v1/centres/{code}")) {
            return """
                    {"code":"%s","nameEn":"Centre %s","nameAr":"مركز %s","pcode":"SY010000","latitude":33.5,"longitude":36.3,
                     "capacityPersons":%s,"capacityFamilies":30,"accessibleUnits":3,"services":["WATER"],"open":true,"version":%s}""".formatted(
                            values.get("centre"),
                            values.get("centre"),
                            values.get("centre"),
                            values.get("capacity"),
                            values.get("centreVersion"));
        }
        if (route.endsWith("/centres/{code}/stays")) {
            return "{\"household\":\"" + values.get("household") + "\"}";
        }
        if (route.endsWith("/check-out")) {
            return "{\"outcome\":\"OTHER\",\"note\":\"matrix\"}";
        }
        if (route.endsWith("/transfer")) {
            return "{\"toCentre\":\"" + values.get("toCentre") + "\",\"reason\":\"matrix\"}";
        }
        if (route.endsWith("/journey")) {
            return "{\"version\":" + values.get("householdVersion")
                    + ",\"status\":\"IN_TRANSIT\",\"reason\":\"matrix\"}";
        }
        if (route.endsWith("/consent")) {
            return "{\"version\":" + values.get("householdVersion")
                    + ",\"purposes\":[\"STATISTICS\"],\"partners\":[],\"givenBy\":\"principal\",\"method\":\"VERBAL\"}";
        }
        if (route.endsWith("/requests")) {
            return "{\"individualId\":\"" + values.get("individualId")
                    + "\",\"kind\":\"ACCESS\",\"details\":\"matrix\"}";
        }
        if (route.endsWith("/complete")) {
            return "{\"outcome\":\"done\"}";
        }
        if (route.endsWith("/reveal") || route.endsWith("/release")) {
            return "{\"reason\":\"matrix\"}";
        }
        if (route.startsWith("/api/v1/households/{id}")) {
            return "{\"version\":" + values.get("householdVersion") + "}";
        }
        return "{}";
    }

    /** The JSON body of a documentation route: the same fields as its form. */
    private static String documentationJson(String route, Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        documentationForm(route, values)
                .forEach((field, value) -> json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(field)
                        .append("\":")
                        .append(field.equals("evidence") ? "[\"" + value + "\"]" : "\"" + value + "\""));
        return json.append('}').toString();
    }

    private static Map<String, String> documentationForm(String route, Map<String, String> values) {
        Map<String, String> form = new LinkedHashMap<>();
        if (route.endsWith("/status")) {
            form.put("status", "GATHERING_EVIDENCE");
        } else if (route.endsWith("/steps/{stepId}")) {
            form.put("status", "PENDING");
            form.put("evidence", "HEAD_IDENTITY");
        } else if (route.endsWith("/assignment")) {
            form.put("assignee", values.get("caseWorker"));
            form.put("reason", "matrix");
        } else if (route.endsWith("/notes")) {
            form.put("text", "matrix");
        } else if (route.endsWith("/reminders")) {
            form.put("dueOn", "2030-01-01");
            form.put("note", "matrix");
        } else if (route.endsWith("/dismiss")) {
            form.put("reason", "matrix");
        }
        return form;
    }

    /** The form fields of a page route, filled from the side's ids and stored versions. */
    static Map<String, String> form(String route, Map<String, String> values) {
        Map<String, String> form = new LinkedHashMap<>();
        if (route.startsWith("/documentation/")) {
            form.putAll(documentationForm(route, values));
        } else if (route.equals("/centres/{code}")) {
            form.putAll(Map.of(
                    "code",
                    values.get("centre"),
                    "nameEn",
                    "Centre " + values.get("centre"),
                    "nameAr",
                    "مركز " + values.get("centre"),
                    "pcode",
                    "SY010000",
                    "latitude",
                    "33.5",
                    "longitude",
                    "36.3",
                    "capacityPersons",
                    values.get("capacity"),
                    "capacityFamilies",
                    "30",
                    "accessibleUnits",
                    "3",
                    "services",
                    "WATER"));
            form.put("open", "true");
            form.put("version", values.get("centreVersion"));
        } else if (route.endsWith("/check-in")) {
            form.put("household", values.get("household"));
        } else if (route.endsWith("/check-out")) {
            form.put("outcome", "OTHER");
            form.put("note", "matrix");
        } else if (route.endsWith("/transfer")) {
            form.put("toCentre", values.get("toCentre"));
            form.put("reason", "matrix");
        } else if (route.endsWith("/journey")) {
            form.put("version", values.get("householdVersion"));
            form.put("status", "IN_TRANSIT");
            form.put("reason", "matrix");
        } else if (route.endsWith("/consent")) {
            form.put("version", values.get("householdVersion"));
            form.put("purposes", "STATISTICS");
            form.put("givenBy", "principal");
            form.put("method", "VERBAL");
        } else if (route.endsWith("/requests")) {
            form.put("individualId", values.get("individualId"));
            form.put("kind", "ACCESS");
            form.put("details", "matrix");
        } else if (route.endsWith("/complete")) {
            form.put("outcome", "done");
        } else if (route.endsWith("/decision")) {
            form.put("verdict", "DIFFERENT");
        } else if (route.endsWith("/unmerge")) {
            form.put("then", "OPEN");
        } else if (route.endsWith("/reveal") || route.endsWith("/summary") || route.endsWith("/release")) {
            form.put("reason", "matrix");
        }
        return form;
    }
}
