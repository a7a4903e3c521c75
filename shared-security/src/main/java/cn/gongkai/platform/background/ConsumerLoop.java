package cn.gongkai.platform.background;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A Kafka consumer's life on a thread of its own: subscribe, then poll and hand each poll to the owner until stopped;
 * the records not yet read are counted after every poll. Only this thread touches the consumer (a Kafka consumer is
 * not thread-safe); {@link #stop} wakes it from its poll and waits for it to close the consumer. A failure the owner
 * did not answer stops the loop and is logged as an error naming what must be restarted.
 *
 * @param <K> the records' key type
 * @param <V> the records' value type
 */
public final class ConsumerLoop<K, V> {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** What the owner does with its consumer. */
    public interface Rounds<K, V> {

        /** Subscribes the consumer, before the first poll. */
        void subscribe(Consumer<K, V> consumer);

        /**
         * Handles one poll (perhaps empty); answers whether to pause for the back-off before the next, because
         * something must be tried again.
         */
        boolean handle(Consumer<K, V> consumer, ConsumerRecords<K, V> polled) throws InterruptedException;
    }

    private final String name;
    private final Supplier<Consumer<K, V>> consumers;
    private final Duration backoff;
    private final AtomicLong lag;
    private final Rounds<K, V> rounds;
    private volatile Consumer<K, V> consumer;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param name      the thread's name
     * @param consumers makes the consumer, on start
     * @param backoff   the pause after a poll whose records must be tried again
     * @param lag       set after every poll to the records the consumer has not read yet
     * @param rounds    what is done with the consumer
     */
    public ConsumerLoop(String name, Supplier<Consumer<K, V>> consumers, Duration backoff, AtomicLong lag,
                        Rounds<K, V> rounds) {
        this.name = name;
        this.consumers = consumers;
        this.backoff = backoff;
        this.lag = lag;
        this.rounds = rounds;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        consumer = consumers.get();
        thread = new Thread(this::loop, name);
        thread.start();
    }

    /** Wakes the consumer from its poll and waits (at most 30 seconds) for the loop to close it. */
    public synchronized void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the loop runs: false once stopped, or once an unexpected failure ended it. */
    public boolean isRunning() {
        return running;
    }

    /** Pauses for the back-off; answers false when interrupted, since the loop is stopping. */
    public boolean pause() {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void loop() {
        try (Consumer<K, V> c = consumer) {
            rounds.subscribe(c);
            while (running) {
                ConsumerRecords<K, V> polled = c.poll(POLL);
                boolean mustPause = rounds.handle(c, polled);
                measureLag(c);
                if (mustPause) {
                    Thread.sleep(backoff.toMillis());
                }
            }
        } catch (WakeupException stopping) {
            log.debug("{} stopping", name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("{} stopped by an unexpected failure; restart the service", name, e);
            running = false;
        }
    }

    private void measureLag(Consumer<K, V> c) {
        long total = 0;
        for (TopicPartition partition : c.assignment()) {
            total += c.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }
}
