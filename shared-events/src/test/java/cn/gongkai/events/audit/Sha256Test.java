package cn.gongkai.events.audit;

import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Sha256Test {

    @Test
    void given_the_standard_test_vectors_when_hashed_then_the_published_digests_come_out() {
        assertThat(hex(new Sha256())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Sha256 abc = new Sha256();
        abc.update("abc".getBytes());
        assertThat(hex(abc)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void given_random_streams_in_random_pieces_when_saved_and_resumed_between_pieces_then_the_jdk_digest_comes_out()
            throws Exception {
        Random random = new Random(20261203);
        for (int stream = 0; stream < 300; stream++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            Sha256 running = new Sha256();
            for (int at = 0; at < bytes.length; ) {
                int piece = Math.min(bytes.length - at, random.nextInt(150));
                running.update(bytes, at, piece);
                at += piece;
                if (random.nextBoolean()) {
                    running = Sha256.resume(running.state());
                }
                if (random.nextInt(10) == 0) {
                    assertThat(running.digest()).as("a digest midway leaves the state as it was")
                            .isEqualTo(MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(bytes, at)));
                }
            }

            assertThat(running.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
    }

    @Test
    void given_bytes_that_are_not_a_state_when_resumed_then_it_is_refused() {
        assertThatThrownBy(() -> Sha256.resume(new byte[12])).isInstanceOf(IllegalArgumentException.class);
        byte[] inconsistent = new Sha256().state();
        inconsistent[40] = 5;
        assertThatThrownBy(() -> Sha256.resume(inconsistent)).hasMessageContaining("not a SHA-256 state");
    }

    private static String hex(Sha256 sha256) {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
