package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario S5 (../shared/scenarios/S5-nfs-and-os.md) end to end over the CLI in its own JVM: a bundle with a Linux
 * host's /proc/mounts, a Solaris host's /etc/system and mnttab, and a Windows host's reg exports (UTF-16).
 */
class S5NfsAndOsTest {
    static final String BUNDLE = "examples/platform/s5-nfs-and-os";
    private static Analysis analysis;
    private static String text;

    @BeforeAll
    static void run() throws Exception {
        Cli.Result json = Cli.process("analyze", BUNDLE, "--target", "500MB/s", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        analysis = AnalysisJson.read(json.out());
        Cli.Result t = Cli.process("analyze", BUNDLE, "--target", "500MB/s");
        assertThat(t.exit()).as(t.err()).isZero();
        text = t.out();
    }

    private static Analysis.Rec rec(String setting, String object) {
        return analysis.recommendations().stream().filter(r -> r.setting().equals(setting) && r.object().equals(object))
                .findFirst().orElseThrow(() -> new AssertionError("no " + setting + " on " + object + " in "
                        + analysis.recommendations().stream().map(r -> r.setting() + "@" + r.object()).toList()));
    }

    @Test
    void everyFileIsReadAsThePlatformAndHostsComeFromFilesOrFolders() {
        assertThat(analysis.inputs()).hasSize(6).allSatisfy(i -> assertThat(i.product()).isEqualTo("platform"));
        assertThat(analysis.inputs()).extracting(Analysis.Input::format)
                .contains("proc-mounts", "etc-system", "mnttab", "reg");
    }

    @Test
    void linuxMountAt128kGoesTo1MiBWithTheFullCorrectedMountLine() {
        Analysis.Rec rsize = rec("platform.nfsMount.rsize", "lnxmedia01:/mnt/altavault");
        Analysis.Rec wsize = rec("platform.nfsMount.wsize", "lnxmedia01:/mnt/altavault");
        assertThat(rsize.current()).isEqualTo(131072);
        assertThat(rsize.recommended()).isEqualTo(1048576);
        assertThat(wsize.recommended()).isEqualTo(1048576);
        // The user's own options, only the two sizes changed, and the remount that applies them.
        assertThat(rsize.apply()).contains("umount /mnt/altavault && mount -t nfs -o rw,relatime,vers=3,rsize=1048576,"
                + "wsize=1048576,namlen=255,hard,nolock,proto=tcp,timeo=600").contains("10.10.20.50:/rfs/nfs /mnt/altavault");
        assertThat(rsize.remediation().verify()).singleElement().satisfies(v -> assertThat(v.text()).contains("nfsstat -m"));
        assertThat(rsize.evidence()).contains("lnxmedia01/mounts: line 5");
        // The RMAN mount is already at 1 MiB: no size change there.
        assertThat(analysis.recommendations()).noneMatch(r -> r.object().equals("lnxmedia01:/backup/rman"));
    }

    @Test
    void oracleRmanMountGetsDirectNfsAdvice() {
        assertThat(analysis.advice()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("PF-NFS-ORACLE-DNFS");
            assertThat(a.object()).isEqualTo("lnxmedia01:/backup/rman");
            assertThat(a.kind()).isEqualTo("practice");
            assertThat(a.remedy().apply()).anySatisfy(s -> assertThat(s.text()).contains("dnfs_on"));
        });
    }

    @Test
    void solarisTransferAndBlockSizeRiseToTheMountsSizeWithAReboot() {
        for (String setting : List.of("platform.etcSystem.nfs:nfs3_max_transfer_size", "platform.etcSystem.nfs:nfs3_bsize")) {
            Analysis.Rec r = rec(setting, "solmedia01");
            assertThat(r.current()).isEqualTo(32768);
            assertThat(r.recommended()).isEqualTo(1048576);
            assertThat(r.remediation().restart()).isEqualTo("reboot");
            assertThat(r.apply()).contains("set " + setting.substring("platform.etcSystem.".length()) + "=1048576")
                    .contains("reboot required");
        }
    }

    @Test
    void windowsRegistryValuesOfTheGuideWithTheirRegAddLinesAndAReboot() {
        String lanman = "besrv01:HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters";
        String afd = "besrv01:HKLM\\SYSTEM\\CurrentControlSet\\Services\\AFD\\Parameters";
        String tcpip = "besrv01:HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";
        assertThat(rec("platform.registry.SESSTIMEOUT", lanman).apply()).contains(
                "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanWorkstation\\Parameters\" /v SESSTIMEOUT "
                        + "/t REG_DWORD /d 3600 /f");
        assertThat(rec("platform.registry.DefaultSendWindow", afd).current()).isEqualTo(65536);
        assertThat(rec("platform.registry.DefaultReceiveWindow", afd).recommended()).isEqualTo(262144);
        assertThat(rec("platform.registry.GlobalMaxTcpWindowSize", tcpip).recommended()).isEqualTo(262144);
        assertThat(rec("platform.registry.TcpWindowSize", tcpip).recommended()).isEqualTo(262144);
        Analysis.Rec rfc1323 = rec("platform.registry.Tcp1323Opts", tcpip);
        assertThat(rfc1323.current()).isEqualTo(1);
        assertThat(rfc1323.recommended()).isEqualTo(3);
        assertThat(analysis.recommendations()).filteredOn(r -> r.setting().startsWith("platform.registry."))
                .hasSize(6).allSatisfy(r -> assertThat(r.remediation().restart()).isEqualTo("reboot"));
    }

    @Test
    void secureNegotiateTcpOffloadAndThe431NoteWaitForAnAltaVaultVersion() {
        for (String rule : List.of("PF-WIN-SECURE-NEGOTIATE", "PF-ALTAVAULT-TCP-OFFLOAD", "PF-ALTAVAULT-431-THROTTLE")) {
            List<Analysis.FindingRow> rows = analysis.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
            assertThat(rows).as(rule).isNotEmpty().noneMatch(f -> f.status().equals("FIRED"));
            assertThat(rows).filteredOn(f -> f.status().equals("NOT_EVALUATED")).as(rule).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.missing().key()).isEqualTo("altavault version"));
        }
        // Secure Negotiate concerns the Windows host only.
        assertThat(analysis.findings()).filteredOn(f -> f.ruleId().equals("PF-WIN-SECURE-NEGOTIATE")
                && f.status().equals("NOT_EVALUATED")).extracting(Analysis.FindingRow::object).containsExactly("besrv01");
    }

    @Test
    void theTextReportNamesRebootsAndHasNoUnpricedGoalClaims() {
        assertThat(text).contains("(reboot required)").contains("Advice (not a setting change)")
                .contains("no backup path in the inputs");
        assertThat(analysis.projected()).isNull();
        assertThat(analysis.verdict()).isEqualTo(Analysis.UNPRICED);
    }
}
