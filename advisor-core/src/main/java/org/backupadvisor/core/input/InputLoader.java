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
    /** The whole bundle stays in memory while it is analysed: small enough for a 512 MB heap with room to work. */
    public static final long MAX_TOTAL_BYTES = 128L << 20;
    public static final int MAX_FILES = 10_000;

    private long total;
    private final List<InputFile> files = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final java.util.Set<String> names = new java.util.HashSet<>();

    /** The files read, and what was passed over on the way ("skipped: x — a link leading outside the folder"). */
    public record Loaded(List<InputFile> files, List<String> notes) {
    }

    public static List<InputFile> load(List<Path> paths) {
        return loadWithNotes(paths).files();
    }

    public static Loaded loadWithNotes(List<Path> paths) {
        InputLoader l = new InputLoader();
        for (Path p : paths) {
            l.add(p);
        }
        if (l.files.isEmpty()) {
            throw new InputException("no export files found in " + paths);
        }
        return new Loaded(List.copyOf(l.files), List.copyOf(l.notes));
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
            addFolder(p);
            return;
        }
        addFile(p, p, true);
    }

    /**
     * Every regular file below {@code folder}, in name order. The folder itself may be a link (a bundle kept under
     * a symlinked path); links inside it that lead outside it are passed over and said (another customer's export
     * must not join the report), as are devices, FIFOs and sockets.
     */
    private void addFolder(Path folder) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new InputException(folder + ": cannot read folder: " + reason(e));
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(x -> !x.equals(root) && !hidden(root.relativize(x).toString())).forEach(found::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new InputException(folder + ": cannot read folder: " + reason(cause));
        }
        found.sort(Comparator.comparing(Path::toString));
        for (Path x : found) {
            Path shown = folder.resolve(root.relativize(x));
            if (Files.isDirectory(x)) {
                continue;
            }
            if (Files.isSymbolicLink(x)) {
                try {
                    if (!x.toRealPath().startsWith(root)) {
                        notes.add("skipped: " + shown + " — a link leading outside " + folder);
                        continue;
                    }
                } catch (IOException e) {
                    notes.add("skipped: " + shown + " — a broken link");
                    continue;
                }
            }
            if (!Files.isRegularFile(x)) {
                notes.add("skipped: " + shown + " — not a regular file (a device, FIFO or socket)");
                continue;
            }
            if (desktopMetadata(x.getFileName().toString())) {
                notes.add("skipped: " + shown + " — not an export (desktop metadata)");
                continue;
            }
            addFile(x, shown, false);
        }
    }

    /** Files Explorer, Finder and WSL leave in folders: never exports. */
    private static boolean desktopMetadata(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.equals("thumbs.db") || n.equals("desktop.ini") || n.endsWith(":zone.identifier")
                || n.endsWith(".zone.identifier");
    }

    /**
     * One file, read through a bounded stream: a size the file system reports is not trusted (/proc, devices).
     * {@code explicit}: named by the user (an unknown format is then an error), not found in a folder (then skipped).
     */
    private void addFile(Path p, Path shown, boolean explicit) {
        if (!Files.isRegularFile(p)) {
            throw new InputException(shown + ": not a regular file (a device, FIFO or socket); name an export file or folder");
        }
        if (!Files.isReadable(p)) {
            throw new InputException(shown + ": file is not readable");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(p)) {
            content = readBounded(in, shown.toString());
        } catch (IOException e) {
            throw new InputException(shown + ": cannot read: " + reason(e));
        }
        if (shown.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            addZip(shown.toString(), content);
        } else {
            accept(new InputFile(shown.toString(), content, explicit));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
                if (desktopMetadata(n.substring(n.lastIndexOf('/') + 1))) {
                    notes.add("skipped: " + zipName + "!/" + n + " — not an export (desktop metadata)");
                    continue;
                }
                byte[] data = readBounded(zin, zipName + "!/" + n);
                // A bundle's entries are found, not named: an entry no plugin reads is skipped and said.
                accept(new InputFile(zipName + "!/" + n, data, false));
            }
        } catch (IllegalArgumentException ex) {
            // ZipInputStream's answer to an entry name that is not valid UTF-8 (nor flagged as another charset).
            throw new InputException(zipName + ": an entry name is not valid UTF-8; re-create the zip with UTF-8 names");
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
                throw new InputException(name + ": larger than " + MAX_FILE_BYTES + " bytes, the limit for one export");
            }
            if (total + n > MAX_TOTAL_BYTES) {
                throw new InputException(name + ": the bundle expands beyond " + MAX_TOTAL_BYTES + " bytes");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private void accept(InputFile f) {
        if (!names.add(f.name())) {
            // Two zip entries of one name: which one is the export? Refuse rather than pick one silently.
            throw new InputException(f.name() + ": appears twice in the bundle");
        }
        if (f.content().length > MAX_FILE_BYTES) {
            // Uploads arrive in memory already: the same limit as files read from disk.
            throw new InputException(f.name() + ": larger than " + MAX_FILE_BYTES + " bytes, the limit for one export");
        }
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
