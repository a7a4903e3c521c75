package cn.gongkai.bench;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated province, as CloudEvents: a government with cities, counties and their departments (organs of very
 * different sizes, by a Zipf-like law), their applications over two years with every outcome code, some still open
 * or carried over, some entered late (back-dated), reviews and lawsuits, and documents. Batches keep every fact
 * after the facts it needs (registrations, then receipts, then what follows them).
 */
final class Province {

    static final String SOURCE = "/bench/province";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 730;
    /** One in so many applications decided within a closed year is recorded as carried over all the same. */
    static final int CONTRADICTED = 7;

    private final List<String> organs = new ArrayList<>();
    private final List<List<String>> phases = new ArrayList<>();
    /** Indexes of the phases with at most one event per application: receipts, fees and corrections, decisions. */
    private final java.util.Set<Integer> independent = new java.util.HashSet<>();
    private final Random random;
    private long ids;
    private int decidedInClosedYear;
    private int events;

    private Province(long seed) {
        this.random = new Random(seed);
    }

    /** A province of about {@code organs} organs and {@code applications} applications. */
    static Province generate(int organs, int applications, long seed) {
        return generate(organs, applications, seed, null);
    }

    /**
     * A province as {@link #generate(int, int, long)}, whose {@code closedYear} is closed before any decision is
     * recorded: every application received in it and not decided by its end is recorded as carried over, and so is
     * every {@value #CONTRADICTED}th one decided within it, whose decision then arrives dated before the year's end
     * (a back-dated decision the report warns of).
     */
    static Province generate(int organs, int applications, long seed, Integer closedYear) {
        Province province = new Province(seed);
        province.registerOrgans(organs);
        province.applications(applications, closedYear);
        return province;
    }

    String root() {
        return organs.get(0);
    }

    List<String> organs() {
        return organs;
    }

    int events() {
        return events;
    }

    /** Batches of at most {@code size} events, as request bodies, in an order the service accepts. */
    List<byte[]> batches(int size) {
        return phases(size).stream().flatMap(phase -> phase.batches().stream()).toList();
    }

    /**
     * The batches phase by phase. Within an independent phase every application has at most one event, so its
     * batches may be sent by several senders at once, as many departments would; the others go in order.
     */
    List<Phase> phases(int size) {
        List<Phase> result = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            List<String> phase = phases.get(p);
            List<byte[]> batches = new ArrayList<>();
            for (int from = 0; from < phase.size(); from += size) {
                List<String> batch = phase.subList(from, Math.min(phase.size(), from + size));
                batches.add(("[" + String.join(",", batch) + "]").getBytes(StandardCharsets.UTF_8));
            }
            result.add(new Phase(batches, independent.contains(p)));
        }
        return result;
    }

    /** A phase's batches, and whether they may be sent in any order at once. */
    record Phase(List<byte[]> batches, boolean independent) {
    }

    /** The organ with the most applications: the first county department by the Zipf law. */
    String largest() {
        return organs.get(Math.min(organs.size() - 1, 1));
    }

    private void registerOrgans(int count) {
        List<String> registrations = new ArrayList<>();
        organs.add("province");
        registrations.add(event("gongkai.organ.registered", "{\"organ\":\"province\",\"name\":\"某省人民政府\"}"));
        for (int i = 1; i < count; i++) {
            String organ = "organ-" + i;
            String parent = organs.get((i - 1) / 10);
            organs.add(organ);
            registrations.add(event("gongkai.organ.registered", "{\"organ\":\"" + organ + "\",\"name\":\"机关" + i
                    + "\",\"parent\":\"" + parent + "\"}"));
        }
        phases.add(registrations);
    }

    private void applications(int count, Integer closedYear) {
        List<String> receipts = new ArrayList<>();
        List<String> carryOvers = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String organ = organs.get(zipf(organs.size()));
            String id = "A-" + i;
            LocalDate received = FIRST_DAY.plusDays(random.nextInt(DAYS));
            ApplicantType type = random.nextInt(10) < 7 ? ApplicantType.NATURAL_PERSON
                    : ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
            receipts.add(event("gongkai.application.received", "{\"organ\":\"" + organ + "\",\"applicationId\":\""
                    + id + "\",\"applicantType\":\"" + type + "\",\"receivedOn\":\"" + received + "\"}"));
            if (random.nextInt(20) == 0) {
                carryOver(organ, id, received, null, closedYear, carryOvers);
                continue;
            }
            LocalDate decided = received.plusDays(5 + random.nextInt(40));
            carryOver(organ, id, received, decided, closedYear, carryOvers);
            Outcome outcome = random.nextInt(10) < 6 ? Outcome.DISCLOSED
                    : Outcome.values()[random.nextInt(Outcome.values().length)];
            if (outcome == Outcome.OTHER_FEE_UNPAID) {
                corrections.add(event("gongkai.processing-fee.charged", "{\"organ\":\"" + organ
                        + "\",\"applicationId\":\"" + id + "\",\"on\":\"" + received.plusDays(2)
                        + "\",\"amount\":\"120.00\"}"));
            }
            if (outcome == Outcome.OTHER_NO_CORRECTION) {
                corrections.add(event("gongkai.application.correction-requested", "{\"organ\":\"" + organ
                        + "\",\"applicationId\":\"" + id + "\",\"requestedOn\":\"" + received.plusDays(2) + "\"}"));
            }
            decisions.add(event("gongkai.application.decided", "{\"organ\":\"" + organ + "\",\"applicationId\":\"" + id
                    + "\",\"decidedOn\":\"" + decided + "\",\"outcome\":\"" + outcome + "\"}"));
            if (random.nextInt(50) == 0) {
                cases.addAll(legalCase(organ, id, decided));
            }
        }
        List<List<String>> independentPhases = closedYear == null ? List.of(receipts, corrections, shuffled(decisions))
                : List.of(receipts, corrections, carryOvers, shuffled(decisions));
        for (List<String> phase : independentPhases) {
            independent.add(phases.size());
            phases.add(phase);
        }
        phases.add(cases);
    }

    /** The year-end record of an application received by the end of the closed year (none without one). */
    private void carryOver(String organ, String id, LocalDate received, LocalDate decided, Integer closedYear,
                           List<String> carryOvers) {
        if (closedYear == null || received.getYear() > closedYear) {
            return;
        }
        boolean open = decided == null || decided.getYear() > closedYear;
        if (open || decidedInClosedYear++ % CONTRADICTED == 0) {
            carryOvers.add(event("gongkai.application.carried-over", "{\"organ\":\"" + organ
                    + "\",\"applicationId\":\"" + id + "\",\"year\":" + closedYear + "}"));
        }
    }

    private List<String> legalCase(String organ, String application, LocalDate decided) {
        boolean lawsuit = random.nextInt(4) == 0;
        String kind = lawsuit ? "lawsuit" : "review";
        String caseId = kind + "-" + application;
        LocalDate filed = decided.plusDays(10 + random.nextInt(30));
        String filing = lawsuit ? "\"afterReview\":" + random.nextBoolean() + "," : "";
        List<String> events = new ArrayList<>(List.of(event("gongkai." + kind + ".filed", "{\"organ\":\"" + organ
                + "\",\"caseId\":\"" + caseId + "\"," + filing + "\"filedOn\":\"" + filed + "\",\"applicationId\":\""
                + application + "\"}")));
        if (random.nextInt(3) > 0) {
            String result = new String[]{"UPHELD", "CORRECTED", "OTHER"}[random.nextInt(3)];
            events.add(event("gongkai." + kind + ".concluded", "{\"organ\":\"" + organ + "\",\"caseId\":\"" + caseId
                    + "\",\"concludedOn\":\"" + filed.plusDays(30 + random.nextInt(60)) + "\",\"result\":\""
                    + result + "\"}"));
        }
        return events;
    }

    /** Decisions arrive in no particular order, as late paper work does: the business dates say when. */
    private List<String> shuffled(List<String> events) {
        List<String> copy = new ArrayList<>(events);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** An organ index drawn with probability falling as 1/(rank+1): a few very large organs, many small ones. */
    private int zipf(int n) {
        double harmonic = Math.log(n) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int rank = 1; rank < n; rank++) {
            sum += 1.0 / rank;
            if (sum >= target) {
                return rank;
            }
        }
        return n - 1;
    }

    private String event(String type, String data) {
        events++;
        return "{\"specversion\":\"1.0\",\"id\":\"b-" + (ids++) + "\",\"source\":\"" + SOURCE + "\",\"type\":\""
                + type + "\",\"data\":" + data + "}";
    }
}
