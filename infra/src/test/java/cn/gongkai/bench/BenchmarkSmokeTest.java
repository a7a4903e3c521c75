package cn.gongkai.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks run end to end at a tiny size and print every measure; no figure is judged here. */
class BenchmarkSmokeTest {

    @Test
    void a_tiny_run_measures_everything_and_prints_the_table() {
        Benchmarks.Sizes tiny = Benchmarks.Sizes.tiny();

        List<Benchmarks.Row> rows = new Benchmarks(tiny).run();
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Benchmarks.print(rows, tiny, new PrintStream(table, true, StandardCharsets.UTF_8));

        assertThat(rows).extracting(Benchmarks.Row::measure).anyMatch(m -> m.startsWith("ingestion, REST"))
                .anyMatch(m -> m.startsWith("ingestion, Kafka"))
                .anyMatch(m -> m.startsWith("freshness")).anyMatch(m -> m.startsWith("live report"))
                .anyMatch(m -> m.startsWith("as-of report")).anyMatch(m -> m.startsWith("roll-up"))
                .anyMatch(m -> m.startsWith("rebuild of every projection"))
                .anyMatch(m -> m.startsWith("replay through the live processor"));
        assertThat(table.toString(StandardCharsets.UTF_8)).contains("| measure", "raw JDBC batch insert");
        System.out.print(table.toString(StandardCharsets.UTF_8));
    }
}
