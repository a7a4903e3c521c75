package cn.gongkai.local;

import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.IngestionReceipt;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.StreamPositions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the sample year into an empty event store, as one batch of CloudEvents through the same ingestion path a
 * department's system uses. {@code --gongkai.sample=none} starts empty.
 */
@Component
public class SampleYearLoader implements ApplicationRunner {

    public static final String NONE = "none";
    private static final Logger log = LoggerFactory.getLogger(SampleYearLoader.class);

    private final String sample;
    private final CloudEventParser parser;
    private final IngestionService ingestion;
    private final StreamPositions positions;

    public SampleYearLoader(@Value("${gongkai.sample:none}") String sample, CloudEventParser parser,
                            IngestionService ingestion, StreamPositions positions) {
        this.sample = sample;
        this.parser = parser;
        this.ingestion = ingestion;
        this.positions = positions;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (NONE.equals(sample)) {
            return;
        }
        if (positions.head() != StreamPositions.EMPTY) {
            log.info("The event store already holds events; the sample year {} is not loaded again", sample);
            return;
        }
        ClassPathResource resource = new ClassPathResource("samples/" + sample + ".json");
        if (!resource.exists()) {
            throw new IllegalArgumentException("no sample year '" + sample + "'; known: julu-2025, or none");
        }
        try (InputStream in = resource.getInputStream()) {
            IngestionReceipt receipt = ingestion.ingest(parser.parse(in.readAllBytes(), true));
            log.info("Loaded the sample year {}: {} events appended, stream position {}", sample,
                    receipt.appended(), receipt.position());
        }
    }
}
