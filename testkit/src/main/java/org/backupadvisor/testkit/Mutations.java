package org.backupadvisor.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged copies of a sample, as files get damaged on their way to an analyst: cut short (a partial download, a
 * truncated mail attachment), a byte flipped or replaced, a run of bytes dropped or repeated, a line ending changed.
 * Seeded, so a failure reproduces.
 */
public final class Mutations {
    private static final byte[] NASTY = "\"<>&;,|=:-\n\r\t\u0000\u00ff{}[]0 9e+.%".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private Mutations() {
    }

    public static List<byte[]> of(byte[] sample, long seed, int count) {
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>();
        out.add(new byte[0]);
        for (int i = 0; i < count; i++) {
            byte[] b = sample.clone();
            int n = b.length;
            if (n == 0) {
                break;
            }
            switch (i % 6) {
                case 0 -> b = Arrays.copyOf(b, r.nextInt(n)); // truncated
                case 1 -> { // bit flips
                    for (int k = 1 + r.nextInt(4); k > 0; k--) {
                        b[r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 2 -> { // a byte replaced by one that means something to some format
                    for (int k = 1 + r.nextInt(3); k > 0; k--) {
                        b[r.nextInt(n)] = NASTY[r.nextInt(NASTY.length)];
                    }
                }
                case 3 -> { // a run dropped
                    int from = r.nextInt(n);
                    int len = 1 + r.nextInt(Math.min(64, n - from));
                    byte[] c = new byte[n - len];
                    System.arraycopy(b, 0, c, 0, from);
                    System.arraycopy(b, from + len, c, from, n - from - len);
                    b = c;
                }
                case 4 -> { // a run repeated
                    int from = r.nextInt(n);
                    int len = 1 + r.nextInt(Math.min(64, n - from));
                    byte[] c = new byte[n + len];
                    System.arraycopy(b, 0, c, 0, from + len);
                    System.arraycopy(b, from, c, from + len, n - from);
                    b = c;
                }
                default -> { // digits grown: values far out of range
                    int at = r.nextInt(n);
                    byte[] digits = "99999999999999999999".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    byte[] c = new byte[n + digits.length];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(digits, 0, c, at, digits.length);
                    System.arraycopy(b, at, c, at + digits.length, n - at);
                    b = c;
                }
            }
            out.add(b);
        }
        return out;
    }
}
