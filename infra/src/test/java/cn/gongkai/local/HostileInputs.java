package cn.gongkai.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Generated bad inputs for one organ whose state {@link #setUp()} creates: malformed JSON, wrong types, unknown
 * types and codes, missing and extra fields, dates out of range or in the future, lifecycle violations, a reused
 * (source, id) with other content, control and look-alike characters in identifiers, another organ's facts, and
 * oversized requests. None of them may change anything.
 */
final class HostileInputs {

    static final String ORGAN = "hostile-bureau";
    static final String OTHER_ORGAN = "hostile-neighbour";
    static final String SOURCE = "/hostile/department-system";
    static final String OPEN = "H-OPEN";
    static final String DECIDED = "H-DECIDED";
    static final String CORRECTING = "H-CORRECTING";

    /** One bad input: what it is, and the request that carries it. */
    record Hostile(String what, String contentType, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final String SINGLE = "application/cloudevents+json";

    private final LocalDate today;
    private final Random random = new Random(20251231);

    HostileInputs(LocalDate today) {
        this.today = today;
    }

    /** The state the inputs are aimed at: two organs, and applications open, decided and awaiting correction. */
    static List<byte[]> setUp() {
        return List.of(batch(List.of(
                event("set-1", "gongkai.organ.registered", Map.of("organ", ORGAN, "name", "敌意输入测试局")),
                event("set-2", "gongkai.organ.registered", Map.of("organ", OTHER_ORGAN, "name", "邻局")))),
                batch(List.of(
                        received("set-3", OPEN), received("set-4", DECIDED), received("set-5", CORRECTING),
                        event("set-6", "gongkai.application.decided", Map.of("organ", ORGAN, "applicationId", DECIDED,
                                "decidedOn", "2025-03-10", "outcome", "DISCLOSED")),
                        event("set-7", "gongkai.application.correction-requested", Map.of("organ", ORGAN,
                                "applicationId", CORRECTING, "requestedOn", "2025-03-05")))));
    }

    /** Valid events of many types, each aimed at the state above; every hostile input is one of them, spoiled. */
    private List<ObjectNode> templates() {
        return List.of(
                received("t", "H-NEW-" + IDS.incrementAndGet()),
                event("t", "gongkai.application.decided", Map.of("organ", ORGAN, "applicationId", OPEN,
                        "decidedOn", "2025-03-20", "outcome", "PARTIALLY_DISCLOSED")),
                event("t", "gongkai.application.extended", Map.of("organ", ORGAN, "applicationId", OPEN,
                        "extendedOn", "2025-03-12", "workingDays", 20)),
                event("t", "gongkai.application.corrected", Map.of("organ", ORGAN, "applicationId", CORRECTING,
                        "correctedOn", "2025-03-08")),
                event("t", "gongkai.review.filed", Map.of("organ", ORGAN, "caseId", "R-1", "filedOn", "2025-04-01")),
                event("t", "gongkai.document.issued", Map.of("organ", ORGAN, "documentId", "D-1",
                        "kind", "NORMATIVE_DOCUMENT", "issuedOn", "2025-05-01")),
                event("t", "gongkai.decision.recorded", Map.of("organ", ORGAN, "kind", "LICENSING",
                        "decidedOn", "2025-05-02", "count", 3)),
                event("t", "gongkai.fee.collected", Map.of("organ", ORGAN, "collectedOn", "2025-05-03",
                        "amount", "120.50")),
                event("t", "gongkai.application.deadline-set", Map.of("organ", ORGAN, "applicationId", OPEN,
                        "setOn", "2025-03-05", "dueOn", "2025-04-30")),
                event("t", "gongkai.application.correction-requested", Map.of("organ", ORGAN,
                        "applicationId", OPEN, "requestedOn", "2025-03-06")),
                event("t", "gongkai.application.consultation-started", Map.of("organ", ORGAN,
                        "applicationId", OPEN, "on", "2025-03-07")),
                event("t", "gongkai.processing-fee.charged", Map.of("organ", ORGAN, "applicationId", OPEN,
                        "on", "2025-03-08", "amount", "35.50")),
                event("t", "gongkai.document.repealed", Map.of("organ", ORGAN, "documentId", "D-0",
                        "kind", "REGULATION", "repealedOn", "2025-05-04")));
    }

    /** Required data fields of each template type (those the contract does not mark optional). */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("gongkai.application.received", List.of("organ", "applicationId", "applicantType", "receivedOn")),
            Map.entry("gongkai.application.decided", List.of("organ", "applicationId", "decidedOn", "outcome")),
            Map.entry("gongkai.application.extended", List.of("organ", "applicationId", "extendedOn", "workingDays")),
            Map.entry("gongkai.application.corrected", List.of("organ", "applicationId", "correctedOn")),
            Map.entry("gongkai.review.filed", List.of("organ", "caseId", "filedOn")),
            Map.entry("gongkai.document.issued", List.of("organ", "documentId", "kind", "issuedOn")),
            Map.entry("gongkai.decision.recorded", List.of("organ", "kind", "decidedOn")),
            Map.entry("gongkai.fee.collected", List.of("organ", "collectedOn", "amount")),
            Map.entry("gongkai.application.deadline-set", List.of("organ", "applicationId", "setOn", "dueOn")),
            Map.entry("gongkai.application.correction-requested", List.of("organ", "applicationId", "requestedOn")),
            Map.entry("gongkai.application.consultation-started", List.of("organ", "applicationId", "on")),
            Map.entry("gongkai.processing-fee.charged", List.of("organ", "applicationId", "on", "amount")),
            Map.entry("gongkai.document.repealed", List.of("organ", "documentId", "kind", "repealedOn")));

    private static final Set<String> DATES = Set.of("receivedOn", "decidedOn", "extendedOn", "correctedOn",
            "filedOn", "issuedOn", "collectedOn", "setOn", "requestedOn", "on", "repealedOn");
    private static final Set<String> CODES = Set.of("applicantType", "outcome", "kind");

    List<Hostile> all() {
        List<Hostile> inputs = new ArrayList<>();
        malformedJson(inputs);
        for (ObjectNode template : templates()) {
            wrongTypes(template, inputs);
            missingFields(template, inputs);
            extraFields(template, inputs);
            badDates(template, inputs);
            unknownCodes(template, inputs);
            unknownTypes(template, inputs);
            lookAlikesAndControls(template, inputs);
            otherOrgans(template, inputs);
            spoiledBatches(template, inputs);
        }
        statutoryDatesOutOfReach(inputs);
        identifiersOfDocuments(inputs);
        beyondTheParsersLimits(inputs);
        duplicateKeys(inputs);
        lifecycleViolations(inputs);
        reusedKeys(inputs);
        oversized(inputs);
        return inputs;
    }

    private void malformedJson(List<Hostile> inputs) {
        for (ObjectNode template : templates().subList(0, 3)) {
            String text = template.toString();
            for (int cut = 1; cut < text.length(); cut += 3) {
                inputs.add(new Hostile("truncated at " + cut, SINGLE, bytes(text.substring(0, cut))));
            }
            for (int i = 0; i < 20; i++) {
                byte[] spoiled = bytes(text);
                int at = random.nextInt(spoiled.length);
                spoiled[at] = (byte) "{}[]\":,\\".charAt(random.nextInt(8));
                if (!isJsonObjectOtherThan(spoiled, text)) {
                    inputs.add(new Hostile("structural byte at " + at, SINGLE, spoiled));
                }
            }
            byte[] invalidUtf8 = bytes(text);
            int id = text.indexOf("\"id\":\"") + 6;
            invalidUtf8[id] = (byte) 0xC3;
            invalidUtf8[id + 1] = (byte) 0x28;
            inputs.add(new Hostile("invalid UTF-8 in the id", SINGLE, invalidUtf8));
        }
        for (String body : List.of("", " ", "null", "true", "42", "\"event\"", "[]", "[[]]", "{", "[{}", "{}",
                "{\"specversion\":\"1.0\"}{\"specversion\":\"1.0\"}", "\u0000", "NaN", "[1,2,3]")) {
            inputs.add(new Hostile("body " + body, SINGLE, bytes(body)));
            inputs.add(new Hostile("batch body " + body, Api.BATCH, bytes(body)));
        }
        inputs.add(new Hostile("text/plain", "text/plain", bytes(templates().get(0).toString())));
        inputs.add(new Hostile("XML", "application/xml", bytes("<event/>")));
    }

    private void wrongTypes(ObjectNode template, List<Hostile> inputs) {
        List<Object> wrong = Arrays.asList(123, -1, 1.5, true, List.of(), Map.of(), "");
        for (String field : REQUIRED.get(type(template))) {
            for (Object value : wrong) {
                inputs.add(single("data." + field + " = " + value, withData(template, field, value)));
            }
            inputs.add(single("data." + field + " = null", withData(template, field, null)));
        }
        for (String attribute : List.of("specversion", "id", "source", "type")) {
            for (Object value : List.of(1, 1.0, true, List.of("x"), Map.of("a", "b"))) {
                ObjectNode spoiled = fresh(template);
                spoiled.set(attribute, JSON.valueToTree(value));
                inputs.add(single(attribute + " = " + value, spoiled));
            }
        }
        for (Object data : List.of("text", 1, List.of(), true)) {
            ObjectNode spoiled = fresh(template);
            spoiled.set("data", JSON.valueToTree(data));
            inputs.add(single("data = " + data, spoiled));
        }
    }

    private void missingFields(ObjectNode template, List<Hostile> inputs) {
        for (String attribute : List.of("specversion", "id", "source", "type", "data")) {
            ObjectNode spoiled = fresh(template);
            spoiled.remove(attribute);
            inputs.add(single("no " + attribute, spoiled));
        }
        for (String field : REQUIRED.get(type(template))) {
            ObjectNode spoiled = fresh(template);
            ((ObjectNode) spoiled.get("data")).remove(field);
            inputs.add(single("no data." + field, spoiled));
        }
    }

    private void extraFields(ObjectNode template, List<Hostile> inputs) {
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("applicantName", "张三", "phone",
                "13800000000", "idNumber", "110101199003071234", "note", "x", "organ2", ORGAN).entrySet()) {
            inputs.add(single("extra data." + extra.getKey(), withData(template, extra.getKey(), extra.getValue())));
        }
        ObjectNode wrongSpec = fresh(template);
        wrongSpec.put("specversion", "0.3");
        inputs.add(single("specversion 0.3", wrongSpec));
        ObjectNode xml = fresh(template);
        xml.put("datacontenttype", "application/xml");
        inputs.add(single("datacontenttype xml", xml));
    }

    private void badDates(ObjectNode template, List<Hostile> inputs) {
        for (String field : REQUIRED.get(type(template))) {
            if (!DATES.contains(field)) {
                continue;
            }
            for (String date : List.of(today.plusDays(1).toString(), today.plusYears(1).toString(), "2099-12-31",
                    "2007-12-31", "1900-01-01", "0000-01-01", "+10000-01-01", "2025-02-29", "2025-13-01",
                    "2025-00-10", "2025-1-1", "20250101", "2025/01/01", "2025-06-01T00:00:00",
                    "2025-06-01Z", " 2025-06-01", "二〇二五年六月一日", "yesterday")) {
                inputs.add(single("data." + field + " = " + date, withData(template, field, date)));
            }
        }
    }

    private void unknownCodes(ObjectNode template, List<Hostile> inputs) {
        for (String field : REQUIRED.get(type(template))) {
            if (!CODES.contains(field)) {
                continue;
            }
            String code = template.get("data").get(field).asText();
            for (String spoiled : List.of(code.toLowerCase(), code + " ", " " + code, code + "_X", "UNKNOWN",
                    "自然人", "0", code.replace('_', '-'))) {
                if (spoiled.equals(code)) {
                    continue; // a code without '_' is its own hyphenated form, and valid
                }
                inputs.add(single("data." + field + " = " + spoiled, withData(template, field, spoiled)));
            }
        }
        if (template.get("data").has("amount")) {
            for (String amount : List.of("-1", "0", "abc", "1e9999", "12.345", "NaN", "1,000")) {
                inputs.add(single("amount " + amount, withData(template, "amount", amount)));
            }
        }
    }

    private void unknownTypes(ObjectNode template, List<Hostile> inputs) {
        String type = type(template);
        for (String spoiled : List.of(type.toUpperCase(), type + ".v2", type.replace("gongkai.", ""),
                type.replace('.', '/'), "com.example." + type, type.replace("d", "dd"))) {
            ObjectNode event = fresh(template);
            event.put("type", spoiled);
            inputs.add(single("type " + spoiled, event));
        }
    }

    private void lookAlikesAndControls(ObjectNode template, List<Hostile> inputs) {
        List<String> characters = List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u200B", "\u202E", "\uFEFF",
                "\u2028", "\u0430" /* Cyrillic a */, "\uFF21" /* fullwidth A */, "\u039F" /* Greek O */, "\uE000", "\u00A0", " ");
        for (String c : characters) {
            ObjectNode id = fresh(template);
            id.put("id", "ev" + c + IDS.incrementAndGet());
            inputs.add(single("id with U+" + hex(c), id));
            ObjectNode source = fresh(template);
            source.put("source", SOURCE + c);
            inputs.add(single("source with U+" + hex(c), source));
            if (template.get("data").has("applicationId")) {
                inputs.add(single("applicationId with U+" + hex(c), withData(template, "applicationId",
                        template.get("data").get("applicationId").asText() + c)));
            }
            inputs.add(single("organ with U+" + hex(c), withData(template, "organ", ORGAN + c)));
        }
    }

    private void otherOrgans(ObjectNode template, List<Hostile> inputs) {
        inputs.add(single("another organ's fact", withData(template, "organ", OTHER_ORGAN)));
        inputs.add(single("an unregistered organ", withData(template, "organ", "no-such-bureau")));
    }

    /** A batch is atomic: a valid new receipt beside a bad event is not appended either. */
    private void spoiledBatches(ObjectNode template, List<Hostile> inputs) {
        ObjectNode good = received("b", "H-BATCH-" + IDS.incrementAndGet());
        inputs.add(new Hostile("batch: good then wrong type", Api.BATCH,
                batch(List.of(good, withData(template, REQUIRED.get(type(template)).get(0), 7)))));
        inputs.add(new Hostile("batch: good then another organ", Api.BATCH,
                batch(List.of(fresh(good), withData(template, "organ", OTHER_ORGAN)))));
        inputs.add(new Hostile("batch: good then future date", Api.BATCH, batch(List.of(fresh(good),
                withData(template, dateField(template), today.plusDays(3).toString())))));
        inputs.add(new Hostile("batch: good then not an object", Api.BATCH,
                bytes("[" + fresh(good) + ", 42]")));
    }

    /** A due date may lie ahead, but not in another millennium: it would hide an overdue application. */
    private void statutoryDatesOutOfReach(List<Hostile> inputs) {
        for (String dueOn : List.of("+99999-12-31", "+10000-01-01", "9999-12-31", "2101-01-01", "2099-12-31",
                "2027-03-06", "-2025-04-30", "2025-04-31", "2025-4-30", "2025-04-30 ")) {
            inputs.add(single("deadline due " + dueOn, event("t", "gongkai.application.deadline-set",
                    Map.of("organ", ORGAN, "applicationId", OPEN, "setOn", "2025-03-05", "dueOn", dueOn))));
        }
    }

    /** A document number is letters, digits and the marks of 文号, like every other identifier a shape. */
    private void identifiersOfDocuments(List<Hostile> inputs) {
        for (String id : List.of("' OR '1'='1", "../../etc/passwd", "${jndi:ldap://example.org/a}", "D 1", "D\t1",
                "<script>alert(1)</script>", "\"quoted\"", "-leading-dash", "D/1", "D;drop", "巨政办规〔2025〕 1号",
                "%2e%2e%2f", "D\u200B1")) {
            inputs.add(single("documentId " + id, event("t", "gongkai.document.issued", Map.of("organ", ORGAN,
                    "documentId", id, "kind", "NORMATIVE_DOCUMENT", "issuedOn", "2025-05-01"))));
        }
    }

    /** Numbers and nesting past what the JSON parser reads: a problem, not a 500. */
    private void beyondTheParsersLimits(List<Hostile> inputs) {
        inputs.add(new Hostile("a number of 5,000 digits", Api.BATCH, bytes("[" + "9".repeat(5_000) + "]")));
        inputs.add(new Hostile("a number of 5,000 digits in data", SINGLE, bytes(templates().get(6).toString()
                .replace("\"count\":3", "\"count\":" + "9".repeat(5_000)))));
        for (int depth : List.of(1_001, 1_100, 5_000)) {
            inputs.add(new Hostile("arrays nested " + depth + " deep", Api.BATCH,
                    bytes("[".repeat(depth) + "]".repeat(depth))));
            String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            inputs.add(new Hostile("data nested " + depth + " deep", SINGLE, bytes(templates().get(0).toString()
                    .replaceFirst("\"data\":\\{", "\"data\":{\"deep\":" + java.util.regex.Matcher.quoteReplacement(nested) + ","))));
        }
    }

    /** A key given twice in one object: which one was meant? Refused, whichever comes last. */
    private void duplicateKeys(List<Hostile> inputs) {
        for (ObjectNode template : templates()) {
            String text = template.toString();
            String organ = "\"organ\":\"" + ORGAN + "\"";
            inputs.add(single("data.organ given twice", text.replace(organ, organ + "," + organ)));
            inputs.add(single("data.organ given twice, another organ last", text.replace(organ,
                    organ + ",\"organ\":\"" + OTHER_ORGAN + "\"")));
            inputs.add(single("type given twice", text.replace("\"specversion\":\"1.0\"",
                    "\"specversion\":\"1.0\",\"type\":\"gongkai.application.received\"")));
            inputs.add(single("id given twice", text.replace("\"specversion\":\"1.0\"",
                    "\"specversion\":\"1.0\",\"id\":\"duplicate-" + IDS.incrementAndGet() + "\"")));
        }
    }

    private void lifecycleViolations(List<Hostile> inputs) {
        inputs.add(single("decision of an application never received", event("l", "gongkai.application.decided",
                Map.of("organ", ORGAN, "applicationId", "H-NEVER", "decidedOn", "2025-03-20", "outcome", "DISCLOSED"))));
        inputs.add(single("a second, different decision", event("l", "gongkai.application.decided",
                Map.of("organ", ORGAN, "applicationId", DECIDED, "decidedOn", "2025-03-11", "outcome", "OTHER"))));
        inputs.add(single("a decision while a correction is awaited", event("l", "gongkai.application.decided",
                Map.of("organ", ORGAN, "applicationId", CORRECTING, "decidedOn", "2025-03-20",
                        "outcome", "DISCLOSED"))));
        inputs.add(single("a decision before receipt", event("l", "gongkai.application.decided", Map.of("organ",
                ORGAN, "applicationId", OPEN, "decidedOn", "2025-02-01", "outcome", "DISCLOSED"))));
        inputs.add(single("corrected without a request", event("l", "gongkai.application.corrected",
                Map.of("organ", ORGAN, "applicationId", OPEN, "correctedOn", "2025-03-20"))));
        inputs.add(single("consultation ended before it started", event("l",
                "gongkai.application.consultation-ended", Map.of("organ", ORGAN, "applicationId", OPEN,
                        "on", "2025-03-20"))));
        inputs.add(single("received again as another applicant type", event("l", "gongkai.application.received",
                Map.of("organ", ORGAN, "applicationId", OPEN, "applicantType", "COMMERCIAL_ENTERPRISE",
                        "receivedOn", "2025-03-03"))));
        inputs.add(single("extended by 40 working days", event("l", "gongkai.application.extended", Map.of("organ",
                ORGAN, "applicationId", OPEN, "extendedOn", "2025-03-12", "workingDays", 40))));
        inputs.add(single("decision of a year-end-decided application after the fact, in another organ",
                event("l", "gongkai.application.decided", Map.of("organ", OTHER_ORGAN, "applicationId", OPEN,
                        "decidedOn", "2025-03-20", "outcome", "DISCLOSED"))));
    }

    /** The same (source, id) as an event already recorded, with other content: a conflict, not a duplicate. */
    private void reusedKeys(List<Hostile> inputs) {
        for (String id : List.of("set-3", "set-4", "set-5")) {
            ObjectNode event = received("x", OPEN);
            event.put("id", id);
            ((ObjectNode) event.get("data")).put("receivedOn", "2025-03-04");
            inputs.add(single("(source, " + id + ") reused with another date", event));
        }
        ObjectNode decision = event("set-6", "gongkai.application.decided", Map.of("organ", ORGAN, "applicationId",
                DECIDED, "decidedOn", "2025-03-10", "outcome", "OTHER"));
        inputs.add(single("(source, set-6) reused with another outcome", decision));
    }

    private void oversized(List<Hostile> inputs) {
        ObjectNode longId = received("o", "H-LONG");
        longId.put("id", "x".repeat(10_000));
        inputs.add(single("an id of 10,000 characters", longId));
        inputs.add(single("an applicationId of 10,000 characters", withData(received("o", "H-L"),
                "applicationId", "A".repeat(10_000))));
        String many = IntStream.range(0, 5_001).mapToObj(i -> "{}").collect(Collectors.joining(",", "[", "]"));
        inputs.add(new Hostile("a batch of 5,001 events", Api.BATCH, bytes(many)));
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(bytes("[" + received("o", "H-HUGE") + ",\""));
        huge.writeBytes(new byte[17 * 1024 * 1024]);
        huge.writeBytes(bytes("\"]"));
        inputs.add(new Hostile("a body of 17 MB", Api.BATCH, huge.toByteArray()));
    }

    private static ObjectNode received(String id, String application) {
        return event(id, "gongkai.application.received", Map.of("organ", ORGAN, "applicationId", application,
                "applicantType", "NATURAL_PERSON", "receivedOn", "2025-03-03"));
    }

    private static ObjectNode event(String id, String type, Map<String, Object> data) {
        ObjectNode event = NODES.objectNode();
        event.put("specversion", "1.0");
        event.put("id", "t".equals(id) || id.length() == 1 ? "hostile-" + IDS.incrementAndGet() : id);
        event.put("source", SOURCE);
        event.put("type", type);
        event.set("data", JSON.valueToTree(new java.util.TreeMap<>(data)));
        return event;
    }

    private static ObjectNode fresh(ObjectNode template) {
        ObjectNode copy = template.deepCopy();
        copy.put("id", "hostile-" + IDS.incrementAndGet());
        return copy;
    }

    private static ObjectNode withData(ObjectNode template, String field, Object value) {
        ObjectNode copy = fresh(template);
        ((ObjectNode) copy.get("data")).set(field, JSON.valueToTree(value));
        return copy;
    }

    private static String type(ObjectNode template) {
        return template.get("type").asText();
    }

    private static String dateField(ObjectNode template) {
        return REQUIRED.get(type(template)).stream().filter(DATES::contains).findFirst().orElseThrow();
    }

    private static Hostile single(String what, ObjectNode event) {
        return new Hostile(what, SINGLE, bytes(event.toString()));
    }

    private static Hostile single(String what, String event) {
        return new Hostile(what, SINGLE, bytes(event));
    }

    private static byte[] batch(List<ObjectNode> events) {
        return bytes(events.stream().map(ObjectNode::toString).collect(Collectors.joining(",", "[", "]")));
    }

    /** Whether a byte-spoiled event still parses as an object (then it is not malformed and not used as such). */
    private static boolean isJsonObjectOtherThan(byte[] spoiled, String original) {
        try {
            return JSON.readTree(spoiled).isObject() || new String(spoiled, StandardCharsets.UTF_8).equals(original);
        } catch (IOException malformed) {
            return false;
        }
    }

    private static String hex(String c) {
        return String.format("%04X", (int) c.charAt(0));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
