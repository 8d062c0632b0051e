package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class LinuxMountsTest {

    @Test
    void procMountsKeepsOnlyNfsWithRawOptionsInOrder() {
        List<NfsMount> mounts = LinuxMounts.procMounts(Samples.lines("linux/mounts"));

        assertThat(mounts).hasSize(2);
        NfsMount v4 = mounts.get(0);
        assertThat(v4.server()).isEqualTo("nas01.example.com");
        assertThat(v4.export()).isEqualTo("/export/backup");
        assertThat(v4.mountPoint()).isEqualTo("/mnt/backup");
        assertThat(v4.fsType()).isEqualTo("nfs4");
        assertThat(v4.os()).isEqualTo("linux");
        assertThat(v4.options()).startsWith("rw", "relatime", "vers=4.1", "rsize=1048576", "wsize=1048576");
        assertThat(v4.file()).isEqualTo("host1/linux/mounts");
        assertThat(v4.line()).isEqualTo(6);
        assertThat(v4.size("rsize")).contains(1_048_576L);
        assertThat(v4.option("vers")).contains("4.1");
        assertThat(v4.option("hard")).contains("");
        assertThat(v4.option("soft")).isEmpty();
        assertThat(v4.size("nconnect")).isEmpty();
    }

    @Test
    void procMountsDecodesOctalEscapesInPaths() {
        NfsMount v3 = LinuxMounts.procMounts(Samples.lines("linux/mounts")).get(1);

        assertThat(v3.mountPoint()).isEqualTo("/mnt/media library");
        assertThat(v3.server()).isEqualTo("10.0.0.6");
        assertThat(v3.fsType()).isEqualTo("nfs");
        assertThat(v3.size("rsize")).contains(65_536L);
        assertThat(v3.line()).isEqualTo(7);
    }

    @Test
    void theLastOfARepeatedOptionWinsAsInMount() {
        NfsMount m = LinuxMounts.procMounts(Samples.lines("mounts",
                "srv:/x /mnt nfs rw,rsize=32768,rsize=65536 0 0")).get(0);

        assertThat(m.size("rsize")).contains(65_536L);
    }

    @Test
    void ipv6LiteralServersKeepTheirColons() {
        NfsMount m = LinuxMounts.procMounts(Samples.lines("mounts",
                "[fd00::5]:/export /mnt/b nfs4 rw,vers=4.2 0 0")).get(0);

        assertThat(m.server()).isEqualTo("fd00::5");
        assertThat(m.export()).isEqualTo("/export");
    }

    @Test
    void nonNumericSizeIsAnErrorAtTheMount() {
        NfsMount m = LinuxMounts.procMounts(Samples.lines("mounts", "srv:/x /mnt nfs rw,rsize=big 0 0")).get(0);

        assertThatThrownBy(() -> m.size("rsize"))
                .isInstanceOf(InputException.class)
                .hasMessage("mounts: line 1: rsize=big: expected a whole number of bytes");
    }

    @Test
    void procMountsLineWithoutOptionsIsAnError() {
        assertThatThrownBy(() -> LinuxMounts.procMounts(Samples.lines("h/mounts",
                "proc /proc proc rw 0 0\nsrv:/x /mnt nfs\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mounts: line 2: expected 'DEVICE MOUNTPOINT TYPE OPTIONS 0 0' (/proc/mounts),"
                        + " 4 to 6 fields; found 3");
    }

    @Test
    void procMountsLineWithTooManyFieldsIsAnError() {
        assertThatThrownBy(() -> LinuxMounts.procMounts(Samples.lines("h/mounts",
                "srv:/x /mnt nfs rw 0 0 extra")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mounts: line 1: expected 'DEVICE MOUNTPOINT TYPE OPTIONS 0 0' (/proc/mounts),"
                        + " 4 to 6 fields; found 7");
    }

    @Test
    void nfsDeviceWithoutServerIsAnError() {
        assertThatThrownBy(() -> LinuxMounts.procMounts(Samples.lines("h/mounts", "/export /mnt nfs rw 0 0")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mounts: line 1: expected SERVER:/EXPORT as the NFS device; found '/export'");
    }

    @Test
    void fstabParsesEveryLineAndReturnsTheNfsOnes() {
        List<NfsMount> mounts = LinuxMounts.fstab(Samples.lines("linux/fstab"));

        assertThat(mounts).extracting(NfsMount::mountPoint).containsExactly("/mnt/backup", "/mnt/media library");
        assertThat(mounts.get(0).options()).containsExactly("rw", "hard", "rsize=1048576", "wsize=1048576",
                "_netdev");
        assertThat(mounts.get(1).options()).containsExactly("defaults");
        assertThat(mounts.get(1).size("rsize")).isEmpty();
        assertThat(mounts).extracting(NfsMount::line).containsExactly(9, 10);
    }

    @Test
    void fstabLineWithFewerThanFourFieldsIsAnError() {
        assertThatThrownBy(() -> LinuxMounts.fstab(Samples.lines("h/fstab",
                "# comment\n\nsrv:/x  /mnt/x  nfs\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/fstab: line 3: expected 'DEVICE MOUNTPOINT TYPE OPTIONS [DUMP [PASS]]' (fstab),"
                        + " 4 to 6 fields; found 3");
    }

    @Test
    void fstabDumpAndPassMustBeNumbers() {
        assertThatThrownBy(() -> LinuxMounts.fstab(Samples.lines("h/fstab", "srv:/x /mnt/x nfs defaults zero 0")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/fstab: line 1: expected a number in the dump/pass field; found 'zero'");
    }

    @Test
    void fstabToleratesACommentAfterTheFields() {
        List<NfsMount> mounts = LinuxMounts.fstab(Samples.lines("fstab",
                "UUID=05d9 /boot xfs defaults 0 0    # this is a comment\n"
                        + "srv:/x /mnt/x nfs rw,vers=3 0 0 # nightly backup target\n"));

        assertThat(mounts).singleElement().satisfies(m -> assertThat(m.options()).containsExactly("rw", "vers=3"));
    }

    @Test
    void fstabWithoutNfsIsEmptyNotAnError() {
        assertThat(LinuxMounts.fstab(Samples.lines("fstab", "/dev/sda1 / ext4 defaults 0 1\n"))).isEmpty();
    }

    @Test
    void mountCommandOutput() {
        List<NfsMount> mounts = LinuxMounts.mountCommand(Samples.lines("linux/mount.txt"));

        assertThat(mounts).hasSize(2);
        assertThat(mounts.get(0).fsType()).isEqualTo("nfs4");
        assertThat(mounts.get(0).export()).isEqualTo("/export/backup");
        assertThat(mounts.get(0).option("vers")).contains("4.1");
        assertThat(mounts.get(1).mountPoint()).isEqualTo("/mnt/media library");
        assertThat(mounts.get(1).size("wsize")).contains(65_536L);
        assertThat(mounts).extracting(NfsMount::line).containsExactly(4, 5);
    }

    @Test
    void mountOutputLineInAnotherShapeIsAnError() {
        assertThatThrownBy(() -> LinuxMounts.mountCommand(Samples.lines("h/mount.txt",
                "proc on /proc type proc (rw)\nsrv:/x on /mnt (nfs, asynchronous)\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mount.txt: line 2: expected 'DEVICE on MOUNTPOINT type TYPE (OPTIONS)' (mount output)");
    }
}
