package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.junit.jupiter.api.Test;

class EtcSystemTest {

    @Test
    void settingsFromTheSampleWithCommentsAndDirectivesPassedOver() {
        List<EtcSystemSetting> s = EtcSystem.read(Samples.lines("solaris/system"));

        assertThat(s).extracting(EtcSystemSetting::name).containsExactly("nfs3_max_transfer_size", "nfs3_bsize",
                "nfs3_nra", "rlim_fd_max", "rlim_fd_cur", "ip_squeue_fanout", "zfs_arc_max", "mirrored_root_flag");
        EtcSystemSetting first = s.get(0);
        assertThat(first.module()).isEqualTo("nfs");
        assertThat(first.rawValue()).isEqualTo("1048576");
        assertThat(first.numericValue()).isEqualTo(1_048_576L);
        assertThat(first.file()).isEqualTo("host1/solaris/system");
        assertThat(first.line()).isEqualTo(31);
    }

    @Test
    void hexValueWithSpacesAroundTheEqualsSign() {
        EtcSystemSetting bsize = EtcSystem.read(Samples.lines("solaris/system")).get(1);

        assertThat(bsize.rawValue()).isEqualTo("0x100000");
        assertThat(bsize.numericValue()).isEqualTo(1_048_576L);
        assertThat(bsize.line()).isEqualTo(32);
    }

    @Test
    void kernelVariablesHaveNoModule() {
        EtcSystemSetting fd = EtcSystem.read(Samples.lines("solaris/system")).get(4);

        assertThat(fd.module()).isEmpty();
        assertThat(fd.name()).isEqualTo("rlim_fd_cur");
        assertThat(fd.numericValue()).isEqualTo(4096L);
    }

    @Test
    void octalNegatedAndStringValuesAndBitOperators() {
        List<EtcSystemSetting> s = EtcSystem.read(Samples.lines("system", """
                SET maxusers = 040
                set test_module:debug = ~0x1
                set mod:offset=-5
                set mod:name = "fast"
                set test_module:debug | 0x13
                """));

        assertThat(s).extracting(EtcSystemSetting::numericValue).containsExactly(32L, ~1L, -5L, null, null);
        assertThat(s).extracting(EtcSystemSetting::rawValue).containsExactly("040", "~0x1", "-5", "\"fast\"",
                "| 0x13");
    }

    @Test
    void aGarbageLineIsAnError() {
        assertThatThrownBy(() -> EtcSystem.read(Samples.lines("h/system", "* tuning\nnfs3_bsize=8192\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/system: line 2: expected 'set [module:]name = value', a command such as"
                        + " 'forceload: drv/x', or a comment starting with * or #");
    }

    @Test
    void aSetWithoutValueIsAnError() {
        assertThatThrownBy(() -> EtcSystem.read(Samples.lines("h/system", "set nfs:nfs3_bsize =\n")))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("h/system: line 1: expected 'set [module:]name = value'");
    }
}
