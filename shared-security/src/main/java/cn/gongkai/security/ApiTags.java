package cn.gongkai.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The groups of the API, in the order a newcomer meets them: record facts, see organs and reports, follow the year,
 * audit, administer. Controllers of both sides name their group with these constants ({@code @Tag(name = ...)});
 * the descriptions live here, once, because several groups span both sides, and the OpenAPI description lists the
 * groups in this order (Swagger UI shows them so).
 */
public class ApiTags implements OpenApiCustomizer {

    public static final String EVENTS = "events";
    public static final String ORGANS = "organs";
    public static final String REPORTS = "reports";
    public static final String DASHBOARD = "dashboard";
    public static final String APPLICATIONS = "applications";
    public static final String AUDIT = "audit";
    public static final String LINT = "lint";
    public static final String OPERATIONS = "operations";
    public static final String CREDENTIALS = "credentials";

    static final Map<String, String> DESCRIPTIONS = descriptions();

    private static Map<String, String> descriptions() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(EVENTS, "Recording the facts of disclosure work: CloudEvents sent by a department's system");
        groups.put(ORGANS, "The organs registered by events");
        groups.put(REPORTS, "The annual report, live or as of a recorded moment; publishing it; closing a year");
        groups.put(DASHBOARD, "Live counts of the current year and the applications behind report cells");
        groups.put(APPLICATIONS, "Open applications with their statutory due dates; lapsed fee notices");
        groups.put(AUDIT, "For auditors: what a cell counts and what restated it, the events themselves, and "
                + "verification of the hash chain and of the projections");
        groups.put(LINT, "The consistency rules, applied to any annual report, Gongkai's or a published one");
        groups.put(OPERATIONS, "Long operations (loading a year's file, rebuilding projections) and their progress");
        groups.put(CREDENTIALS, "Credentials for callers: issued, listed and revoked by an administrator");
        return groups;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<Tag> declared = openApi.getTags() == null ? List.of() : openApi.getTags();
        List<Tag> ordered = new ArrayList<>();
        DESCRIPTIONS.forEach((name, description) -> {
            if (declared.stream().anyMatch(tag -> name.equals(tag.getName())) || usedByAnOperation(openApi, name)) {
                ordered.add(new Tag().name(name).description(description));
            }
        });
        declared.stream()
                .filter(tag -> !DESCRIPTIONS.containsKey(tag.getName()))
                .filter(tag -> ordered.stream().noneMatch(known -> Objects.equals(known.getName(), tag.getName())))
                .forEach(ordered::add);
        openApi.setTags(ordered);
    }

    private static boolean usedByAnOperation(OpenAPI openApi, String name) {
        return openApi.getPaths() != null && openApi.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .anyMatch(operation -> operation.getTags() != null && operation.getTags().contains(name));
    }
}
