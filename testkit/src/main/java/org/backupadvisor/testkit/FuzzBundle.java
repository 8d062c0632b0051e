package org.backupadvisor.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backupadvisor.core.input.InputFile;

/**
 * One fuzz input as a bundle of export files, so joins across files get fuzzed too: a line "%%FILE NAME" starts the
 * next file, called NAME; the first file is called {@code firstName} unless the input starts with such a line. Seeds
 * stay readable export text.
 */
public final class FuzzBundle {
    public static final String SEPARATOR = "\n%%FILE ";
    private static final byte[] SEP = SEPARATOR.getBytes(StandardCharsets.UTF_8);
    private static final int MAX_FILES = 8;

    private FuzzBundle() {
    }

    public static List<InputFile> files(byte[] data, String firstName) {
        List<InputFile> out = new ArrayList<>();
        String name = firstName;
        int from = 0;
        // A leading "%%FILE NAME" line names the first file too (the platform sniffer reads names: fstab, mnttab...).
        byte[] head = SEPARATOR.substring(1).getBytes(StandardCharsets.UTF_8);
        if (indexOf(data, head, 0) == 0) {
            int eol = indexOf(data, new byte[] {'\n'}, head.length);
            int nameTo = eol < 0 ? data.length : eol;
            String given = new String(data, head.length, nameTo - head.length, StandardCharsets.UTF_8).strip();
            name = given.isEmpty() ? firstName : given;
            from = eol < 0 ? data.length : eol + 1;
        }
        while (true) {
            int at = out.size() + 1 < MAX_FILES ? indexOf(data, SEP, from) : -1;
            if (at < 0) {
                out.add(new InputFile(name, Arrays.copyOfRange(data, from, data.length)));
                return out;
            }
            out.add(new InputFile(name, Arrays.copyOfRange(data, from, at)));
            int nameFrom = at + SEP.length;
            int eol = indexOf(data, new byte[] {'\n'}, nameFrom);
            int nameTo = eol < 0 ? data.length : eol;
            name = new String(data, nameFrom, nameTo - nameFrom, StandardCharsets.UTF_8).strip();
            if (name.isEmpty()) {
                name = "file" + out.size();
            }
            from = eol < 0 ? data.length : eol + 1;
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
