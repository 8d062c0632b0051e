package org.backupadvisor.core.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Expands the user's arguments (files, folders, zips) into in-memory {@link InputFile}s. A folder or a zip is one
 * environment (a bundle). Zips are read in memory, never extracted, with limits on entry count, entry size and
 * total size (zip bombs), and entries with absolute or ".." paths are refused. Hidden files (".DS_Store",
 * "__MACOSX/") are the only files passed over, and they are not exports.
 */
public final class InputLoader {
    public static final long MAX_FILE_BYTES = 64L << 20;
    public static final long MAX_TOTAL_BYTES = 512L << 20;
    public static final int MAX_FILES = 10_000;

    private long total;
    private final List<InputFile> files = new ArrayList<>();

    public static List<InputFile> load(List<Path> paths) {
        InputLoader l = new InputLoader();
        for (Path p : paths) {
            l.add(p);
        }
        if (l.files.isEmpty()) {
            throw new InputException("no export files found in " + paths);
        }
        return l.files;
    }

    /** One file already in memory (the server's uploads). */
    public static List<InputFile> of(List<InputFile> uploads) {
        InputLoader l = new InputLoader();
        for (InputFile f : uploads) {
            if (f.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                l.addZip(f.name(), f.content());
            } else {
                l.accept(f);
            }
        }
        return l.files;
    }

    private void add(Path p) {
        if (!Files.exists(p)) {
            throw new InputException(p + ": no such file or folder");
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                List<Path> found = s.filter(Files::isRegularFile)
                        .filter(x -> !hidden(p.relativize(x).toString()))
                        .sorted(Comparator.comparing(Path::toString)).toList();
                for (Path f : found) {
                    add(f);
                }
            } catch (IOException e) {
                throw new InputException(p + ": cannot read folder: " + e.getMessage());
            }
            return;
        }
        if (!Files.isReadable(p)) {
            throw new InputException(p + ": file is not readable");
        }
        try {
            long size = Files.size(p);
            if (size > MAX_FILE_BYTES) {
                throw new InputException(p + ": file is " + size + " bytes; the limit for one export is " + MAX_FILE_BYTES);
            }
            byte[] content = Files.readAllBytes(p);
            if (p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                addZip(p.toString(), content);
            } else {
                accept(new InputFile(p.toString(), content));
            }
        } catch (IOException e) {
            throw new InputException(p + ": cannot read: " + e.getMessage());
        }
    }

    private void addZip(String zipName, byte[] content) {
        // ZipInputStream reads garbage as "no entries"; check the local-file or empty-archive signature first.
        boolean zipMagic = content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
        if (!zipMagic) {
            throw new InputException(zipName + ": not a valid zip (no zip signature at the start)");
        }
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zin.getNextEntry()) != null) {
                if (++entries > MAX_FILES) {
                    throw new InputException(zipName + ": more than " + MAX_FILES + " entries");
                }
                String n = e.getName().replace('\\', '/');
                if (n.startsWith("/") || n.contains("../") || n.equals("..") || n.matches("^[A-Za-z]:.*")) {
                    throw new InputException(zipName + ": entry '" + e.getName() + "' has an unsafe path");
                }
                if (e.isDirectory() || hidden(n)) {
                    continue;
                }
                byte[] data = readBounded(zin, zipName + "!/" + n);
                accept(new InputFile(zipName + "!/" + n, data));
            }
        } catch (ZipException ex) {
            throw new InputException(zipName + ": not a valid zip: " + ex.getMessage());
        } catch (IOException ex) {
            throw new InputException(zipName + ": cannot read zip: " + ex.getMessage());
        }
    }

    private byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > MAX_FILE_BYTES) {
                throw new InputException(name + ": expands beyond " + MAX_FILE_BYTES + " bytes (zip bomb?)");
            }
            if (total + n > MAX_TOTAL_BYTES) {
                throw new InputException(name + ": the bundle expands beyond " + MAX_TOTAL_BYTES + " bytes");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private void accept(InputFile f) {
        total += f.content().length;
        if (total > MAX_TOTAL_BYTES) {
            throw new InputException(f.name() + ": inputs exceed " + MAX_TOTAL_BYTES + " bytes in total");
        }
        if (files.size() >= MAX_FILES) {
            throw new InputException(f.name() + ": more than " + MAX_FILES + " files");
        }
        files.add(f);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.replace('\\', '/').split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
