package cn.gongkai.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's kit cannot run here (no container engine, no cluster), so what can drift is checked by reading
 * it: every environment variable the compose file and the Kubernetes manifests give a Gongkai service is a
 * configuration key the application really has, and every health probe asks an actuator path the application
 * exposes ({@link SidesApartOnPostgresTest} calls those paths on both sides).
 */
class OperatorKitTest {

    static final Path DEPLOY = Path.of("deploy");
    /** Read by libraries from the environment itself, not through Spring's configuration. */
    static final Set<String> PLAIN_ENVIRONMENT = Set.of("AXONIQ_UPDATE_CHECKER_DISABLED");

    @Test
    void every_environment_variable_of_a_gongkai_service_is_a_real_configuration_key() throws IOException {
        Set<String> known = knownKeys();
        List<String> unknown = new ArrayList<>();
        Map<String, Set<String>> variables = variablesOfGongkaiServices();
        variables.forEach((where, names) -> names.stream()
                .filter(name -> !PLAIN_ENVIRONMENT.contains(name) && !isKnown(name, known))
                .forEach(name -> unknown.add(where + ": " + name)));

        assertThat(variables).as("Gongkai services found in the kit").hasSizeGreaterThanOrEqualTo(4);
        assertThat(variables.values()).allSatisfy(names -> assertThat(names)
                .contains("SPRING_DATASOURCE_URL", "GONGKAI_SECURITY_JWT_SECRET"));
        assertThat(unknown).isEmpty();
    }

    @Test
    void the_checker_would_catch_a_misspelt_key() throws IOException {
        Set<String> known = knownKeys();

        assertThat(isKnown("SPRING_DATASOURCE_URL", known)).isTrue();
        assertThat(isKnown("AXON_EVENTHANDLING_PROCESSORS_STATISTICS_INITIALSEGMENTCOUNT", known)).isTrue();
        assertThat(isKnown("GONGKAI_LIMITS_MAXBATCHEVENTS", known)).isTrue();
        assertThat(isKnown("SPRING_DATASORCE_URL", known)).isFalse();
        assertThat(isKnown("AXON_EVENTHANDLING_PROCESSORS_STATISTICS_SEGMENTS", known)).isFalse();
        assertThat(isKnown("GONGKAI_SECURITY_TOKEN", known)).isFalse();
    }

    @Test
    void every_health_probe_asks_an_actuator_probe_the_sides_enable() throws IOException {
        Set<String> paths = probePaths();

        assertThat(paths).isNotEmpty().allMatch(path -> path.equals("/actuator/health/liveness")
                || path.equals("/actuator/health/readiness"));
        for (String side : List.of("command-side.yml", "query-side.yml")) {
            assertThat(flatten(side)).as(side).containsEntry("management.endpoint.health.probes.enabled", "true");
        }
    }

    /** The probe paths of every manifest and of the compose health checks. */
    static Set<String> probePaths() throws IOException {
        Set<String> paths = new TreeSet<>();
        Matcher path = Pattern.compile("(?:path: |localhost:\\d+)(/actuator/[a-z/]+)").matcher(kitText());
        while (path.find()) {
            paths.add(path.group(1));
        }
        return paths;
    }

    private static String kitText() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(DEPLOY.resolve("compose.yaml")));
        try (Stream<Path> manifests = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path manifest : manifests.toList()) {
                text.append(Files.readString(manifest));
            }
        }
        return text.toString();
    }

    /** Environment variable names per Gongkai service (an image gongkai/…), compose and Kubernetes alike. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> variablesOfGongkaiServices() throws IOException {
        Map<String, Set<String>> variables = new java.util.TreeMap<>();
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        ((Map<String, Map<String, Object>>) compose.get("services")).forEach((name, service) -> {
            if (String.valueOf(service.get("image")).startsWith("gongkai/")) {
                variables.put("compose " + name, new TreeSet<>(((Map<String, Object>) service.get("environment"))
                        .keySet()));
            }
        });
        try (Stream<Path> manifests = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path manifest : manifests.sorted().toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(manifest))) {
                    containersOf((Map<String, Object>) document).forEach(container -> {
                        if (String.valueOf(container.get("image")).startsWith("gongkai/")) {
                            Set<String> names = new TreeSet<>();
                            ((List<Map<String, Object>>) container.getOrDefault("env", List.of()))
                                    .forEach(env -> names.add((String) env.get("name")));
                            variables.put("k8s " + manifest.getFileName() + " " + container.get("name"), names);
                        }
                    });
                }
            }
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> containersOf(Map<String, Object> document) {
        if (document == null || !"Deployment".equals(document.get("kind"))
                && !"StatefulSet".equals(document.get("kind"))) {
            return List.of();
        }
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                document.get("spec")).get("template")).get("spec");
        return (List<Map<String, Object>>) spec.get("containers");
    }

    /**
     * Every configuration key the application has, in a canonical form (lower case, no separators): the keys of
     * its own configuration files, and every property in the configuration metadata of the jars it runs with
     * (Spring Boot's, Axon's, Gongkai's own @ConfigurationProperties). A map-valued property (Axon's processors)
     * stands for "its prefix, any name, then a property of the value type", kept as prefix|suffix pairs.
     */
    static Set<String> knownKeys() throws IOException {
        Set<String> known = new HashSet<>();
        for (String file : List.of("command-side.yml", "query-side.yml", "gongkai-local.yml")) {
            flatten(file).keySet().forEach(key -> known.add(canonical(key)));
        }
        ObjectMapper json = new ObjectMapper();
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    String type = property.path("type").asText();
                    known.add(canonical(name));
                    String element = type.startsWith("java.util.Map<java.lang.String,") ? "java.util.Map<java.lang.String,"
                            : type.startsWith("java.util.List<") ? "java.util.List<" : null;
                    if (element != null) {
                        String valueType = type.substring(element.length(), type.length() - 1).trim();
                        for (String inner : propertiesOf(valueType)) {
                            known.add(canonical(name) + "|" + canonical(inner));
                        }
                    }
                }
            }
        }
        return known;
    }

    static boolean isKnown(String variable, Set<String> known) {
        String key = variable.toLowerCase(Locale.ROOT).replace("_", "");
        if (known.contains(key)) {
            return true;
        }
        return known.stream().filter(k -> k.contains("|")).anyMatch(k -> {
            String prefix = k.substring(0, k.indexOf('|'));
            String suffix = k.substring(k.indexOf('|') + 1);
            return key.startsWith(prefix) && key.endsWith(suffix) && key.length() > prefix.length() + suffix.length();
        });
    }

    private static Set<String> propertiesOf(String typeName) {
        Set<String> names = new TreeSet<>();
        try {
            Class<?> type = ClassUtils.forName(typeName, OperatorKitTest.class.getClassLoader());
            if (type.isRecord()) {
                for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
            for (PropertyDescriptor property : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
                if (property.getWriteMethod() != null) {
                    names.add(property.getName());
                }
            }
        } catch (ClassNotFoundException | java.beans.IntrospectionException | LinkageError unknownType) {
            // a value type not on this classpath contributes no keys
        }
        return names;
    }

    /** A configuration file's keys and values, flattened (a.b.c), documents of every profile together. */
    @SuppressWarnings("unchecked")
    static Map<String, String> flatten(String classpathFile) throws IOException {
        Map<String, String> flat = new java.util.TreeMap<>();
        try (InputStream in = OperatorKitTest.class.getClassLoader().getResourceAsStream(classpathFile)) {
            assertThat(in).as(classpathFile).isNotNull();
            for (Object document : new Yaml().loadAll(in)) {
                flatten("", (Map<String, Object>) document, flat);
            }
        }
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> map, Map<String, String> flat) {
        map.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> inner) {
                flatten(name, (Map<String, Object>) inner, flat);
            } else {
                flat.put(name, String.valueOf(value));
            }
        });
    }

    private static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\[\\]]", "");
    }
}
