package cn.gongkai.command.kafka;

import cn.gongkai.events.kafka.KafkaContract;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Refused records go to the dead-letter topic unchanged (key, value, headers), with headers naming the rule, the
 * reason and where the record came from. The call returns once the broker has the record, so the ingestion
 * consumer commits its offset only after the record is durably somewhere.
 */
final class DeadLetters {

    static final String METRIC = "gongkai.kafka.dead.letters";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final MeterRegistry registry;

    DeadLetters(Producer<byte[], byte[]> producer, String topic, MeterRegistry registry) {
        this.producer = producer;
        this.topic = topic;
        this.registry = registry;
        counter("none");
    }

    void send(ConsumerRecord<byte[], byte[]> original, String rule, String reason) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(topic, null, original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(KafkaContract.DLT_RULE, bytes(rule));
        letter.headers().add(KafkaContract.DLT_REASON, bytes(reason));
        letter.headers().add(KafkaContract.DLT_TOPIC, bytes(original.topic()));
        letter.headers().add(KafkaContract.DLT_PARTITION, bytes(Integer.toString(original.partition())));
        letter.headers().add(KafkaContract.DLT_OFFSET, bytes(Long.toString(original.offset())));
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not dead-letter record " + original.topic() + "-"
                    + original.partition() + "@" + original.offset(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        }
        counter(rule).increment();
        log.warn("Record {}-{}@{} dead-lettered to {}: {}: {}", original.topic(), original.partition(),
                original.offset(), topic, rule, reason.length() > 300 ? reason.substring(0, 300) + "…" : reason);
    }

    private Counter counter(String rule) {
        return Counter.builder(METRIC).description("Ingestion records sent to the dead-letter topic, by rule")
                .tag("rule", rule).register(registry);
    }

    private static byte[] bytes(String text) {
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
