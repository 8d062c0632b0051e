package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken platform exports end as exit 2 with one line naming the file and line, never a trace. */
class PlatformBadInputTest {
    @TempDir
    Path tmp;

    private Path write(String host, String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(host));
        return Files.write(dir.resolve(name), content);
    }

    private static void oneLineError(Cli.Result r, String... mentions) {
        assertThat(r.exit()).as("exit code; stderr: " + r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("advisor: ").doesNotContain("Exception").doesNotContain("\tat ");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    @Test
    void aRegFileWithABrokenLineNamesFileAndLine() throws Exception {
        String reg = "Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\AFD\\Parameters]\r\n"
                + "\"DefaultSendWindow\"=dword:00040000\r\n"
                + "\"DefaultReceiveWindow\"=dword:zz\r\n";
        byte[] utf16 = new byte[2 + reg.length() * 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(reg.getBytes(StandardCharsets.UTF_16LE), 0, utf16, 2, reg.length() * 2);
        Path f = write("besrv01", "afd.reg", utf16);
        oneLineError(Cli.run("analyze", tmp.toString(), "--target", "500MB/s"), "afd.reg", "line 5");
    }

    @Test
    void aMountLineWithoutOptionsNamesFileAndLine() throws Exception {
        write("lnxmedia01", "fstab", ("# /etc/fstab\n/dev/sda1 / xfs defaults 0 0\n"
                + "10.10.20.50:/rfs/nfs /mnt/altavault nfs\n").getBytes(StandardCharsets.UTF_8));
        oneLineError(Cli.run("analyze", tmp.toString(), "--target", "500MB/s"), "fstab", "line 3");
    }

    @Test
    void garbageInEtcSystemNamesFileAndLine() throws Exception {
        write("solmedia01", "system", ("* /etc/system\nset nfs:nfs3_max_transfer_size=1048576\n"
                + "this is not a directive\n").getBytes(StandardCharsets.UTF_8));
        oneLineError(Cli.run("analyze", tmp.toString(), "--target", "500MB/s"), "system", "line 3");
    }
}
