package org.backupadvisor.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputLoaderTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Entries in order; a name ending in "/" is a directory entry. */
    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    z.write(utf8(e.getValue()));
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<String> names(List<InputFile> files) {
        return files.stream().map(InputFile::name).toList();
    }

    @Test
    void folderExpandsToItsFilesSortedWithHiddenFilesSkipped() throws IOException {
        Path bundle = dir.resolve("weekend");
        Files.createDirectories(bundle.resolve("sub"));
        Files.createDirectories(bundle.resolve(".git"));
        Files.createDirectories(bundle.resolve("__MACOSX"));
        Files.writeString(bundle.resolve("b.json"), "{}");
        Files.writeString(bundle.resolve("a.json"), "{\"a\": 1}");
        Files.writeString(bundle.resolve("sub/c.xml"), "<c/>");
        Files.writeString(bundle.resolve(".DS_Store"), "junk");
        Files.writeString(bundle.resolve(".git/config"), "junk");
        Files.writeString(bundle.resolve("__MACOSX/._a.json"), "junk");

        List<InputFile> files = InputLoader.load(List.of(bundle));

        assertThat(names(files)).containsExactly(
                bundle.resolve("a.json").toString(),
                bundle.resolve("b.json").toString(),
                bundle.resolve("sub/c.xml").toString());
        assertThat(files.get(0).content()).isEqualTo(utf8("{\"a\": 1}"));
    }

    @Test
    void hiddenFilesAreSkippedOnlyBelowTheGivenFolder() throws IOException {
        // A folder that itself sits under a hidden directory is still read.
        Path bundle = dir.resolve(".cache/exports");
        Files.createDirectories(bundle);
        Files.writeString(bundle.resolve("a.json"), "{}");
        assertThat(names(InputLoader.load(List.of(bundle)))).containsExactly(bundle.resolve("a.json").toString());
    }

    @Test
    void singleFilesKeepTheOrderGiven() throws IOException {
        Path b = Files.writeString(dir.resolve("b.json"), "{}");
        Path a = Files.writeString(dir.resolve("a.json"), "{}");
        assertThat(names(InputLoader.load(List.of(b, a)))).containsExactly(b.toString(), a.toString());
    }

    @Test
    void zipExpandsInMemoryWithBangNames() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("a.json", "{\"a\": 1}");
        entries.put("sub/", "");
        entries.put("sub/b.xml", "<b/>");
        entries.put("__MACOSX/._a.json", "junk");
        entries.put(".hidden.json", "junk");
        byte[] zip = zip(entries);

        List<InputFile> uploaded = InputLoader.of(List.of(new InputFile("x.zip", zip)));
        assertThat(names(uploaded)).containsExactly("x.zip!/a.json", "x.zip!/sub/b.xml");
        assertThat(uploaded.get(0).content()).isEqualTo(utf8("{\"a\": 1}"));

        Path onDisk = Files.write(dir.resolve("x.zip"), zip);
        List<InputFile> loaded = InputLoader.load(List.of(onDisk));
        assertThat(names(loaded)).containsExactly(onDisk + "!/a.json", onDisk + "!/sub/b.xml");
        // Nothing was extracted next to the zip.
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(onDisk);
        }
    }

    @Test
    void zipInsideAFolderIsExpandedToo() throws IOException {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("a.json"), "{}");
        Files.write(bundle.resolve("nbsu.zip"), zip(Map.of("bpconfig.txt", "x")));
        assertThat(names(InputLoader.load(List.of(bundle)))).containsExactly(
                bundle.resolve("a.json").toString(), bundle.resolve("nbsu.zip") + "!/bpconfig.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "/abs.json", "sub/../../evil.json", "..\\evil.json", "C:/win.json", ".."})
    void zipEntryWithAnUnsafePathIsRefused(String entry) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("ok.json", "{}");
        entries.put(entry, "{}");
        byte[] zip = zip(entries);
        assertThatThrownBy(() -> InputLoader.of(List.of(new InputFile("x.zip", zip))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("x.zip: ")
                .hasMessageContaining("unsafe path")
                .hasMessageContaining(entry);
        Path onDisk = Files.write(dir.resolve("y.zip"), zip);
        assertThatThrownBy(() -> InputLoader.load(List.of(onDisk)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unsafe path");
        assertThat(dir.getParent().resolve("evil.json")).doesNotExist();
    }

    @Test
    void zipEntryThatExpandsBeyondTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("bomb.json"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written <= InputLoader.MAX_FILE_BYTES; written += zeros.length) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        byte[] zip = out.toByteArray();
        assertThat((long) zip.length).isLessThan(InputLoader.MAX_FILE_BYTES / 100);
        assertThatThrownBy(() -> InputLoader.of(List.of(new InputFile("bomb.zip", zip))))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bomb.zip!/bomb.json: ")
                .hasMessageContaining("the limit for one export");
    }

    @Test
    void corruptZipIsAnError() throws IOException {
        assertThatThrownBy(() -> InputLoader.of(List.of(new InputFile("x.zip", utf8("not a zip at all")))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("x.zip");
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundle.resolve("a.json"), "{}");
        Files.writeString(bundle.resolve("broken.zip"), "not a zip");
        assertThatThrownBy(() -> InputLoader.load(List.of(bundle)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.zip");
    }

    @Test
    void filesDeepInAFolderAreNotSilentlyDropped() throws IOException {
        Path deep = dir.resolve("bundle");
        for (int i = 0; i < 9; i++) {
            deep = deep.resolve("l" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("deep.json"), "{}");
        // Either read it or say why not; never an empty result or a silent skip.
        List<InputFile> files = InputLoader.load(List.of(dir.resolve("bundle")));
        assertThat(names(files)).containsExactly(deep.resolve("deep.json").toString());
    }

    @Test
    void missingPathIsAnError() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> InputLoader.load(List.of(missing)))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void emptyFolderIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve(".DS_Store"), "junk");
        assertThatThrownBy(() -> InputLoader.load(List.of(empty)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no export files found");
    }

    @Test
    void uploadsThatAreNotZipsPassThrough() {
        InputFile f = new InputFile("sub.json", utf8("{}"));
        assertThat(InputLoader.of(List.of(f))).containsExactly(f);
    }
}
