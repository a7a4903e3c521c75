package cn.gongkai.local;

import cn.gongkai.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier as an auditor runs it: the built jar, on files, in a process of its own. */
@ServiceOnPostgres
class VerifierJarIT {

    static final PostgresTestDatabase DATABASE = PostgresTestDatabase.create("verifier_jar");
    static final Path JAR = Path.of("target", "gongkai-verifier.jar");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;
    @TempDir
    Path files;

    @Test
    void the_verifier_jar_prints_match_for_a_true_report_and_names_the_cell_of_a_false_one() throws Exception {
        Api api = new Api(port);
        long position = api.sendBatch(JuluSample.events()).get("position").asLong();
        Audit audit = Audit.of(api, JuluSample.ORGAN, JuluSample.YEAR, position);
        Path export = Files.write(files.resolve("events.jsonl"), audit.exportLines(), StandardCharsets.UTF_8);
        Path report = Files.writeString(files.resolve("report.json"), audit.reportJson(), StandardCharsets.UTF_8);
        Path altered = Files.writeString(files.resolve("altered.json"), audit.reportJson()
                .replace("\"IN_FORCE\":87", "\"IN_FORCE\":88"), StandardCharsets.UTF_8);

        Result match = run(export, report);
        Result mismatch = run(export, altered);

        assertThat(match.exit()).isZero();
        assertThat(match.output()).isEqualTo("MATCH\n");
        assertThat(mismatch.exit()).isEqualTo(1);
        assertThat(mismatch.output()).contains("MISMATCH", "proactive/NORMATIVE_DOCUMENT/IN_FORCE: report 88, events 87");
    }

    private Result run(Path export, Path report) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), export.toString(), report.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    record Result(int exit, String output) {
    }
}
