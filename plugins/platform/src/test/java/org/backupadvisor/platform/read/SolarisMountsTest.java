package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class SolarisMountsTest {

    @Test
    void mnttabKeepsNfsAndPassesOverIgnoredEntries() {
        List<NfsMount> mounts = SolarisMounts.mnttab(Samples.lines("solaris/mnttab"));

        assertThat(mounts).hasSize(1);
        NfsMount m = mounts.get(0);
        assertThat(m.server()).isEqualTo("nas01");
        assertThat(m.export()).isEqualTo("/export/backup");
        assertThat(m.mountPoint()).isEqualTo("/mnt/backup");
        assertThat(m.os()).isEqualTo("solaris");
        assertThat(m.size("rsize")).contains(32_768L);
        assertThat(m.option("vers")).contains("3");
        assertThat(m.line()).isEqualTo(10);
    }

    @Test
    void mnttabWithSpacesAsOlderReleasesWroteIt() {
        List<NfsMount> mounts = SolarisMounts.mnttab(Samples.lines("mnttab",
                "nas01:/export /mnt nfs rw,vers=3,rsize=32768 1709543622\n"));

        assertThat(mounts.get(0).size("rsize")).contains(32_768L);
    }

    @Test
    void mnttabLineWithTooFewFieldsIsAnError() {
        assertThatThrownBy(() -> SolarisMounts.mnttab(Samples.lines("h/mnttab", "nas01:/export\t/mnt\tnfs\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mnttab: line 1: expected 'SPECIAL MOUNTPOINT TYPE OPTIONS TIME' (mnttab,"
                        + " tab-separated); found 3 fields");
    }

    @Test
    void mountVerboseSplitsSlashOptionsKeepingReadWriteWhole() {
        List<NfsMount> mounts = SolarisMounts.mountV(Samples.lines("solaris/mount-v.txt"));

        assertThat(mounts).hasSize(1);
        NfsMount m = mounts.get(0);
        assertThat(m.mountPoint()).isEqualTo("/mnt/backup");
        assertThat(m.fsType()).isEqualTo("nfs");
        assertThat(m.options()).startsWith("remote", "read/write", "setuid", "nodevices", "rstchown", "vers=3");
        assertThat(m.size("wsize")).contains(32_768L);
        assertThat(m.os()).isEqualTo("solaris");
        assertThat(m.line()).isEqualTo(5);
    }

    @Test
    void plainMountOutputIsNotMountVerbose() {
        assertThatThrownBy(() -> SolarisMounts.mountV(Samples.lines("h/mount-v.txt",
                "/mnt/backup on nas01:/export/backup remote/read/write/setuid/dev=8740001 on Mon Mar  4 09:13:42 2024")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/mount-v.txt: line 1: expected 'SPECIAL on MOUNTPOINT type TYPE OPTIONS on DATE'"
                        + " (Solaris mount -v)");
    }
}
