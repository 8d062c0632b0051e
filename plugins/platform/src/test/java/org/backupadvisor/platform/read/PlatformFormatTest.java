package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformFormatTest {

    @ParameterizedTest
    @CsvSource({
        "linux/mounts, PROC_MOUNTS",
        "linux/fstab, FSTAB",
        "linux/mount.txt, MOUNT_OUTPUT",
        "linux/nfsstat-m.txt, NFSSTAT_M",
        "linux/ethtool.txt, ETHTOOL",
        "linux/ip-link.json, IP_LINK_JSON",
        "solaris/system, ETC_SYSTEM",
        "solaris/mnttab, MNTTAB",
        "solaris/mount-v.txt, SOLARIS_MOUNT_V",
        "solaris/nfsstat-m.txt, NFSSTAT_M",
        "windows/tcpip.reg, REG",
        "windows/regedit4.reg, REG",
        "windows/netadapter.json, NET_ADAPTER_JSON",
        "windows/route-print.txt, ROUTE_PRINT",
    })
    void everySampleIsRecognised(String sample, PlatformFormat expected) {
        assertThat(PlatformFormat.detect(Samples.file(sample))).contains(expected);
    }

    @Test
    void contentDecidesWhateverTheFileIsCalled() {
        byte[] mounts = Samples.file("linux/mounts").content();
        byte[] fstab = Samples.file("linux/fstab").content();
        byte[] reg = Samples.file("windows/tcpip.reg").content();

        assertThat(PlatformFormat.detect(new InputFile("h/proc-mounts.txt", mounts))).contains(PlatformFormat.PROC_MOUNTS);
        assertThat(PlatformFormat.detect(new InputFile("h/etc-fstab.txt", fstab))).contains(PlatformFormat.FSTAB);
        assertThat(PlatformFormat.detect(new InputFile("h/registry.txt", reg))).contains(PlatformFormat.REG);
        assertThat(PlatformFormat.detect(new InputFile("h/system.txt", Samples.file("solaris/system").content())))
                .contains(PlatformFormat.ETC_SYSTEM);
    }

    @Test
    void theNameSettlesWhatTheContentLeavesOpen() {
        String line = "srv:/x /mnt/x nfs rw,vers=3 0 0\n";

        assertThat(PlatformFormat.detect(Samples.text("h/etc/fstab", line))).contains(PlatformFormat.FSTAB);
        assertThat(PlatformFormat.detect(Samples.text("h/etc/mtab", line))).contains(PlatformFormat.PROC_MOUNTS);
        assertThat(PlatformFormat.detect(Samples.text("h/mounts.txt", line))).contains(PlatformFormat.PROC_MOUNTS);
        assertThat(PlatformFormat.detect(Samples.text("h/fstab", "# nothing mounted yet\n")))
                .contains(PlatformFormat.FSTAB);
        assertThat(PlatformFormat.detect(Samples.text("h/system", "* default, nothing set\n")))
                .contains(PlatformFormat.ETC_SYSTEM);
        assertThat(PlatformFormat.detect(Samples.text("h/broken.reg", "[HKEY_CURRENT_USER\\x]\n")))
                .contains(PlatformFormat.REG);
    }

    @Test
    void commvaultResponsesAreNotClaimed() throws IOException {
        for (InputFile f : commvaultExamples()) {
            assertThat(PlatformFormat.detect(f)).as(f.name()).isEmpty();
        }
    }

    @Test
    void readmesLogsAndRandomTextAreNotClaimed() {
        List<InputFile> others = List.of(
                Samples.text("README.md", "# Weekend window\n\n* export the subclient\n* run the advisor\n"),
                Samples.text("notes.txt", "This is the readme for the bundle\nand more text\n"),
                Samples.text("cvd.log", "4312  1a2c  03/04 09:13:42 ### Started  [CVD] on host ma01\n"),
                Samples.text("app.log", "2024-03-04 09:13:42,120 INFO  Mounting nas01:/export on /mnt (nfs)\n"),
                Samples.text("run.bat", "set PATH=C:\\tools\nset x=1\n"),
                Samples.text("system", "kernel: eth0 link up\n"),
                Samples.text("empty.txt", ""),
                Samples.text("data.json", "{\"subclientId\": 4711, \"name\": \"shows\"}"),
                Samples.text("data.xml", "<App_GetSubClientPropertiesResponse/>"),
                Samples.text("h/fstab", "Hello there how are\n"));

        for (InputFile f : others) {
            assertThat(PlatformFormat.detect(f)).as(f.name()).isEmpty();
        }
    }

    @Test
    void hostOfComesFromTheFileWhenItSaysSo() {
        assertThat(PlatformFormat.hostOf(Samples.file("windows/tcpip.reg"))).isEqualTo("MA01");
        assertThat(PlatformFormat.hostOf(Samples.file("windows/netadapter.json"))).isEqualTo("MA01.corp.example.com");
        assertThat(PlatformFormat.hostOf(Samples.file("linux/ethtool.txt"))).isNull();
        assertThat(PlatformFormat.hostOf(Samples.file("linux/mounts"))).isNull();
        assertThat(PlatformFormat.hostOf(Samples.text("README.md", "# hi\n"))).isNull();
    }

    @Test
    void nfsMountsOfAnyMountFormat() {
        assertThat(PlatformFormat.nfsMounts(Samples.file("linux/mounts"))).hasSize(2);
        assertThat(PlatformFormat.nfsMounts(Samples.file("solaris/mount-v.txt")))
                .extracting(NfsMount::os).containsExactly("solaris");
        assertThat(PlatformFormat.nfsMounts(Samples.file("linux/ethtool.txt"))).isEmpty();
        assertThat(PlatformFormat.nfsMounts(Samples.text("README.md", "# hi\n"))).isEmpty();
        assertThat(PlatformFormat.nics(Samples.file("linux/ethtool.txt"), PlatformFormat.ETHTOOL)).hasSize(2);
        assertThat(PlatformFormat.nics(Samples.file("linux/mounts"), PlatformFormat.PROC_MOUNTS)).isEmpty();
    }

    /** The Commvault example bundle, found from the module directory Maven runs the tests in. */
    private static List<InputFile> commvaultExamples() throws IOException {
        Path dir = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && dir == null; p = p.getParent()) {
            Path candidate = p.resolve("examples/commvault/weekend-window");
            dir = Files.isDirectory(candidate) ? candidate : null;
        }
        assertThat(dir).as("examples/commvault/weekend-window").isNotNull();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return new InputFile("weekend-window/" + p.getFileName(), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void detectionNeverThrowsOnBinaryGarbage() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);

        Optional<PlatformFormat> f = PlatformFormat.detect(new InputFile("blob.bin", junk));
        assertThat(f).isEmpty();
    }
}
