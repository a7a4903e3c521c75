package cn.gongkai.bench;

import org.junit.jupiter.api.Test;

/**
 * The full benchmark run, only when infra/bin/benchmark selects it: sizes come from system
 * properties ({@code bench.size=tiny|standard}, {@code bench.applications}, {@code bench.organs}, …).
 */
class BenchmarkRun {

    @Test
    void run() {
        Benchmarks.main(new String[0]);
    }
}
