package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario S4 (../shared/scenarios/S4-netbackup-altavault-protocol.md) end to end over the CLI: a NetBackup policy
 * writing over SMB to an AltaVault, 32 sessions, 10.5 TB/hr measured; switching to OST must project 13-15 TB/hr.
 */
class S4NetBackupAltaVaultTest {
    static final String BUNDLE = "examples/netbackup/s4-smb-to-altavault";
    private static Analysis analysis;

    @BeforeAll
    static void run() throws Exception {
        Cli.Result json = Cli.process("analyze", BUNDLE, "--target", "13TB/hr", "--measured", "10.5TB/hr", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        analysis = AnalysisJson.read(json.out());
    }

    @Test
    void theBundleIsReadAsNetBackupAndAltaVaultAndTheNotesAreSkipped() {
        assertThat(analysis.inputs()).extracting(Analysis.Input::product).containsOnly("netbackup", "altavault");
        assertThat(analysis.inputs()).extracting(Analysis.Input::format)
                .contains("bppllist", "bpstulist", "bpconfig", "touch-file-list", "show-version", "running-config");
    }

    @Test
    void switchingToOstProjects13To15TbPerHourFromTheMeasured10Point5() {
        Analysis.Rec ost = analysis.recommendations().stream()
                .filter(r -> r.setting().equals("netbackup.storageUnit.diskType")).findFirst().orElseThrow();
        assertThat(ost.object()).isEqualTo("stu_av_smb");
        assertThat(ost.recommended()).isEqualTo("OpenStorage");
        assertThat(ost.rank()).isEqualTo(1);
        double tbPerHour = 3600 / 1e12;
        assertThat(analysis.projected().bytesPerSecond() * tbPerHour).isBetween(13.0, 15.0);
        assertThat(ost.projectedAfterBytesPerSecond() * tbPerHour).isBetween(13.0, 15.0);
        assertThat(ost.expectedGainBytesPerSecond()).isCloseTo((14.1 - 10.5) * 1e12 / 3600, org.assertj.core.data.Offset.offset(1e7));
        assertThat(ost.apply()).contains("bpstuadd -label stu_av_smb_ost").contains("-residence stu_av_smb_ost");
        assertThat(ost.rollback()).contains("-residence stu_av_smb");
        assertThat(analysis.targetMet()).isTrue();
    }

    @Test
    void severalSharesWithMultichannelAndNetBufferSize() {
        assertThat(analysis.recommendations()).anySatisfy(r -> {
            assertThat(r.setting()).isEqualTo("altavault.system.smbMultichannel");
            assertThat(r.recommended()).isEqualTo(false);
            assertThat(r.apply()).contains("no smb multichannel enable");
        });
        assertThat(analysis.recommendations()).anySatisfy(r -> {
            assertThat(r.setting()).isEqualTo("netbackup.touchFile.NET_BUFFER_SZ");
            assertThat(r.object()).isEqualTo("nbmedia01");
            assertThat(r.recommended()).isEqualTo(0);
        });
    }

    @Test
    void restoresWithTwoSessionsAreToldToRaiseRestoreParallelism() {
        assertThat(analysis.advice()).filteredOn(a -> a.ruleId().equals("AVT-RESTORE-SESSIONS")).singleElement()
                .satisfies(a -> {
                    assertThat(a.object()).isEqualTo("altavault01");
                    assertThat(a.text()).contains("Raise restore parallelism").contains("today 2 session(s)");
                    assertThat(a.why()).contains("2.4 TB/hr with 2 sessions").contains("8.5 TB/hr with 96 sessions");
                });
    }

    @Test
    void pluginsListsNetBackupAndAltaVault() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("netbackup").contains("altavault");
    }

    @Test
    void aBppllistInThePositionalLayoutIsRefusedAskingForU(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bppllist.txt");
        Files.writeString(f, "CLASS pol_a *NULL* 0 800000 0 *NULL*\nNAMES\nINFO 0 0 0 0 *NULL* 0 0 2147483647 0 0\n");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "1TB/hr");
        Cli.oneLineError(r, 2, "bppllist.txt: line 1", "bppllist -allpolicies -U");
    }

    @Test
    void aTruncatedBpstulistNamesTheMissingLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bpstulist-U.txt");
        Files.writeString(f, "Label:                stu_av_smb\nStorage Unit Type:    Disk\n");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "1TB/hr");
        Cli.oneLineError(r, 2, "line 1", "Host Connection", "truncated");
    }
}
