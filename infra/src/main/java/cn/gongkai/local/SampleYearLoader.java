package cn.gongkai.local;

import cn.gongkai.command.ingest.CloudEventParser;
import cn.gongkai.command.ingest.IngestionReceipt;
import cn.gongkai.command.ingest.IngestionService;
import cn.gongkai.command.ingest.StreamPositions;
import cn.gongkai.platform.operations.Operations;
import cn.gongkai.platform.operations.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Loads the sample year into an empty event store, in batches of CloudEvents through the same ingestion path a
 * department's system uses, reporting progress as an operation ({@code GET /api/v1/operations}).
 * {@code --gongkai.sample=none} starts empty.
 */
@Component
public class SampleYearLoader implements ApplicationRunner {

    public static final String NONE = "none";
    public static final String OPERATION = "sample-load";
    private static final Logger log = LoggerFactory.getLogger(SampleYearLoader.class);

    private final String sample;
    private final CloudEventParser parser;
    private final IngestionService ingestion;
    private final StreamPositions positions;
    private final Operations operations;
    private final int batchSize;
    private final ObjectMapper json = new ObjectMapper();

    public SampleYearLoader(@Value("${gongkai.sample:none}") String sample, CloudEventParser parser,
                            IngestionService ingestion, StreamPositions positions, Operations operations,
                            @Value("${gongkai.sample-batch-size:25}") int batchSize) {
        this.sample = sample;
        this.parser = parser;
        this.ingestion = ingestion;
        this.positions = positions;
        this.operations = operations;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Optional<SampleYear> known = SampleYear.named(sample);
        if (known.isEmpty()) {
            return;
        }
        if (positions.head() != StreamPositions.EMPTY) {
            log.info("The event store already holds events; the sample year {} is not loaded again", sample);
            return;
        }
        ClassPathResource resource = new ClassPathResource(known.get().resource());
        try (InputStream in = resource.getInputStream()) {
            load((ArrayNode) json.readTree(in));
        }
    }

    /** Every batch is atomic and every event idempotent, so a load cut short can be completed by sending it again. */
    private void load(ArrayNode events) throws IOException {
        log.info("Loading the sample year {}", sample);
        Progress progress = operations.start(OPERATION, events.size());
        long appended = 0;
        long position = StreamPositions.EMPTY;
        try {
            for (int from = 0; from < events.size(); from += batchSize) {
                ArrayNode batch = json.createArrayNode();
                for (int i = from; i < Math.min(from + batchSize, events.size()); i++) {
                    batch.add((JsonNode) events.get(i));
                }
                IngestionReceipt receipt = ingestion.ingest(parser.parse(json.writeValueAsBytes(batch), true));
                appended += receipt.appended();
                position = receipt.position();
                progress.advance(batch.size());
            }
        } catch (RuntimeException failure) {
            progress.fail(failure.getMessage());
            throw failure;
        }
        progress.finish(appended + " events appended, stream position " + position);
        log.info("Loaded the sample year {}: {} events appended, stream position {}", sample, appended, position);
    }
}
