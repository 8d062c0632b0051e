package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class NfsstatMTest {

    @Test
    void linuxNfsUtilsOutput() {
        List<NfsMount> mounts = NfsstatM.read(Samples.lines("linux/nfsstat-m.txt"));

        assertThat(mounts).hasSize(2);
        NfsMount first = mounts.get(0);
        assertThat(first.mountPoint()).isEqualTo("/mnt/backup");
        assertThat(first.server()).isEqualTo("nas01.example.com");
        assertThat(first.export()).isEqualTo("/export/backup");
        assertThat(first.fsType()).isEqualTo("nfs4");
        assertThat(first.os()).isEqualTo("linux");
        assertThat(first.size("wsize")).contains(1_048_576L);
        assertThat(first.line()).isEqualTo(1);
        NfsMount second = mounts.get(1);
        assertThat(second.mountPoint()).isEqualTo("/mnt/media library");
        assertThat(second.fsType()).isEqualTo("nfs");
        assertThat(second.option("vers")).contains("3");
        assertThat(second.line()).isEqualTo(4);
    }

    @Test
    void solarisOutputWithAttrCacheLines() {
        List<NfsMount> mounts = NfsstatM.read(Samples.lines("solaris/nfsstat-m.txt"));

        assertThat(mounts).extracting(NfsMount::os).containsOnly("solaris");
        assertThat(mounts).extracting(NfsMount::fsType).containsOnly("nfs");
        assertThat(mounts.get(0).options()).startsWith("vers=3", "proto=tcp", "sec=sys", "hard", "intr");
        assertThat(mounts.get(0).size("rsize")).contains(32_768L);
        assertThat(mounts.get(1).option("vers")).contains("4");
        assertThat(mounts.get(1).size("rsize")).contains(1_048_576L);
    }

    @Test
    void aMountWithoutFlagsIsAnErrorAtItsHeader() {
        assertThatThrownBy(() -> NfsstatM.read(Samples.lines("h/nfsstat.txt",
                "/a from s:/a\n Flags:\trw,vers=3\n\n/b from s:/b\n\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nfsstat.txt: line 4: expected a ' Flags:' line after '/b from s:/b'");
    }

    @Test
    void wrappedOrStrayLinesAreErrors() {
        assertThatThrownBy(() -> NfsstatM.read(Samples.lines("h/nfsstat.txt",
                "/a from s:/a\n Flags:\trw,vers=3,\n  hard,proto=tcp\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nfsstat.txt: line 3: expected 'MOUNTPOINT from SERVER:/EXPORT' or an indented"
                        + " 'Name: value' line (nfsstat -m)");
    }

    @Test
    void flagsBeforeAnyMountIsAnError() {
        assertThatThrownBy(() -> NfsstatM.read(Samples.lines("h/nfsstat.txt", " Flags:\trw\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/nfsstat.txt: line 1: expected 'MOUNTPOINT from SERVER:/EXPORT' before the first"
                        + " 'Flags:' line");
    }
}
