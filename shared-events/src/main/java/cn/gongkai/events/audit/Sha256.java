package cn.gongkai.events.audit;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4) whose running state can be saved and resumed: the eight chaining words, the length hashed so
 * far and the bytes of an unfinished block. The JDK's {@code MessageDigest} can be cloned but not saved; a checkpoint
 * of a report's digest has to outlive the process that computed it. The result equals the JDK's for any input.
 */
final class Sha256 {

    /** Bytes of a saved state: eight words, the length, the count of buffered bytes, a block. */
    public static final int STATE_BYTES = 8 * 4 + 8 + 1 + 64;

    private static final int[] K = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private static final int[] INITIAL = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

    private final int[] h;
    private final byte[] block = new byte[64];
    private final int[] w = new int[64];
    private int buffered;
    private long length;

    public Sha256() {
        this.h = INITIAL.clone();
    }

    private Sha256(int[] h, long length, byte[] pending, int buffered) {
        this.h = h;
        this.length = length;
        this.buffered = buffered;
        System.arraycopy(pending, 0, block, 0, buffered);
    }

    /** Resumes a state saved by {@link #state()}. */
    public static Sha256 resume(byte[] state) {
        if (state.length != STATE_BYTES) {
            throw new IllegalArgumentException("a SHA-256 state has " + STATE_BYTES + " bytes, not " + state.length);
        }
        ByteBuffer in = ByteBuffer.wrap(state);
        int[] h = new int[8];
        for (int i = 0; i < 8; i++) {
            h[i] = in.getInt();
        }
        long length = in.getLong();
        int buffered = in.get() & 0xff;
        if (buffered >= 64 || length % 64 != buffered) {
            throw new IllegalArgumentException("not a SHA-256 state: " + buffered + " bytes buffered of " + length);
        }
        byte[] pending = new byte[64];
        in.get(pending);
        return new Sha256(h, length, pending, buffered);
    }

    /** The running state, to be resumed later: hashing more after it gives what hashing on here would. */
    public byte[] state() {
        ByteBuffer out = ByteBuffer.allocate(STATE_BYTES);
        for (int word : h) {
            out.putInt(word);
        }
        out.putLong(length).put((byte) buffered).put(Arrays.copyOf(block, 64));
        return out.array();
    }

    public void update(byte[] bytes) {
        update(bytes, 0, bytes.length);
    }

    public void update(byte[] bytes, int offset, int count) {
        length += count;
        int at = offset;
        int end = offset + count;
        if (buffered > 0) {
            int taken = Math.min(64 - buffered, count);
            System.arraycopy(bytes, at, block, buffered, taken);
            buffered += taken;
            at += taken;
            if (buffered < 64) {
                return;
            }
            compress(block, 0);
            buffered = 0;
        }
        for (; end - at >= 64; at += 64) {
            compress(bytes, at);
        }
        buffered = end - at;
        System.arraycopy(bytes, at, block, 0, buffered);
    }

    /** The digest of everything hashed so far; this object is left as it was, so hashing may go on. */
    public byte[] digest() {
        Sha256 copy = new Sha256(h.clone(), length, block, buffered);
        long bits = length * 8;
        byte[] padding = new byte[(buffered < 56 ? 56 : 120) - buffered + 8];
        padding[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            padding[padding.length - 1 - i] = (byte) (bits >>> (8 * i));
        }
        copy.update(padding);
        ByteBuffer out = ByteBuffer.allocate(32);
        for (int word : copy.h) {
            out.putInt(word);
        }
        return out.array();
    }

    private void compress(byte[] bytes, int offset) {
        for (int t = 0; t < 16; t++) {
            int i = offset + 4 * t;
            w[t] = (bytes[i] << 24) | ((bytes[i + 1] & 0xff) << 16) | ((bytes[i + 2] & 0xff) << 8)
                    | (bytes[i + 3] & 0xff);
        }
        for (int t = 16; t < 64; t++) {
            int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
            int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int choice = (e & f) ^ (~e & g);
            int t1 = hh + s1 + choice + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int majority = (a & b) ^ (a & c) ^ (b & c);
            int t2 = s0 + majority;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}
