package cn.gongkai.local;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sample years the embedded default can load ({@code gongkai.sample}), each with the organ and year it shows. */
public enum SampleYear {

    /** The Julu county government office's published 2025 report, as the events behind it. */
    JULU_2025("julu-2025", "julu-county-government-office", 2025);

    private final String name;
    private final String organ;
    private final int year;

    SampleYear(String name, String organ, int year) {
        this.name = name;
        this.organ = organ;
        this.year = year;
    }

    /** The sample of this name; empty for {@code none}; refused when there is no such sample. */
    public static Optional<SampleYear> named(String name) {
        if (SampleYearLoader.NONE.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(sample -> sample.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample year '" + name + "'; known: "
                        + Arrays.stream(values()).map(SampleYear::sampleName).collect(Collectors.joining(", "))
                        + ", or " + SampleYearLoader.NONE)));
    }

    public String sampleName() {
        return name;
    }

    /** The class-path resource holding its CloudEvents. */
    public String resource() {
        return "samples/" + name + ".json";
    }

    /** The dashboard of the sample's organ and year, relative to the service's address. */
    public String dashboardPath() {
        return "/?organ=" + organ + "&year=" + year;
    }

    /** The sample's annual report in the contract's JSON, relative to the service's address. */
    public String reportPath() {
        return "/api/v1/organs/" + organ + "/reports/" + year;
    }
}
