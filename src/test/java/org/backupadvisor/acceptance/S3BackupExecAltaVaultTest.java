package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario S3 (../shared/scenarios/S3-backupexec-altavault-nics.md) end to end over the CLI: Backup Exec with two
 * 10 GbE NICs writes 24 jobs of about 50 MB/s to one Backup-to-Disk folder on one AltaVault address; one folder per
 * AltaVault interface must lift the projection from one interface's worth (500-750 MB/s) to at least 1000 MB/s, with
 * the host NICs as the next bound.
 */
class S3BackupExecAltaVaultTest {
    static final String BUNDLE = "examples/backupexec/s3-altavault-nics";
    private static Analysis analysis;

    @BeforeAll
    static void run() throws Exception {
        Cli.Result json = Cli.process("analyze", BUNDLE, "--target", "1000MB/s", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        analysis = AnalysisJson.read(json.out());
    }

    @Test
    void aMeasuredTotalAtTheSaturatedInterfaceStillPricesTheSecondPath() {
        // An admin who measured the 24 jobs together (about one interface's worth) must not be told that a stream moves
        // 24 MB/s: the job history says what one job moves, and the interface explains the total.
        Cli.Result r = Cli.run("analyze", Cli.ROOT.resolve(BUNDLE).toString(), "--target", "1000MB/s", "--measured",
                "560MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis measured = AnalysisJson.read(r.out());
        assertThat(measured.today().perStreamBytesPerSecond()).isBetween(45e6, 55e6);
        assertThat(measured.projected().bytesPerSecond()).isGreaterThanOrEqualTo(1000e6);
        assertThat(measured.assumptions()).anySatisfy(a -> assertThat(a).contains("measured 560 MB/s sits at"));
    }

    @Test
    void theBundleIsReadAsBackupExecPlatformAndAltaVaultAndTheReadmeIsSkipped() {
        assertThat(analysis.inputs()).extracting(Analysis.Input::product).containsOnly("backupexec", "platform", "altavault");
        assertThat(analysis.inputs()).extracting(Analysis.Input::format).contains("get-bestorage-json",
                "get-bediskstoragedevice-json", "get-bejob-json", "get-bejobhistory-json", "get-bebackupdefinition-clixml");
        assertThat(analysis.skipped()).anyMatch(s -> s.contains("README.txt"));
    }

    @Test
    void todayIsOneInterfacesWorthAndOneFolderPerInterfaceReachesAtLeast1000MBs() {
        assertThat(analysis.today().bytesPerSecond()).isBetween(500e6, 750e6);
        // The per-job rate comes from the job history (median JobRateMBPerMinute), not from a flag.
        assertThat(analysis.today().perStreamBytesPerSecond()).isBetween(45e6, 55e6);
        Analysis.Rec paths = analysis.recommendations().stream()
                .filter(r -> r.setting().equals("backupexec.server.backupToDiskFolders")).findFirst().orElseThrow();
        assertThat(paths.rank()).isEqualTo(1);
        assertThat(paths.object()).isEqualTo("BESRV01");
        assertThat(paths.recommended()).isEqualTo(2);
        assertThat(paths.why()).contains("2 usable NIC(s)").contains("4 data interface(s)").contains("VIF");
        assertThat(paths.projectedAfterBytesPerSecond()).isGreaterThanOrEqualTo(1000e6);
        assertThat(paths.expectedGainBytesPerSecond()).isGreaterThan(400e6);
        assertThat(paths.apply()).contains("route -p add 10.5.129.89").contains("Configure > SMB")
                .contains("New-BEDiskStorageDevice").contains("Set-BEBackupTask");
        assertThat(paths.remediation().restart()).isEqualTo("none");
        assertThat(paths.rollback()).contains("route delete").contains("AV-Share");
        assertThat(analysis.projected().bytesPerSecond()).isGreaterThanOrEqualTo(1000e6);
        assertThat(analysis.targetMet()).isTrue();
    }

    @Test
    void theNextBottleneckIsThePathsTheHostNicsAllow() {
        assertThat(analysis.bottleneck().stage()).isEqualTo("network");
        assertThat(analysis.bottleneck().description()).contains("one per host NIC").contains("BESRV01 NIC 2");
    }

    @Test
    void jumboFramesJobsPerNicAndTheAltaVaultSideAreAdvised() {
        assertThat(analysis.advice()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("BE-JUMBO-FRAMES");
            assertThat(a.text()).contains("ping -f -l 8972 10.5.129.89").contains("ping -M do -s 8972");
        });
        assertThat(analysis.advice()).anySatisfy(a -> {
            assertThat(a.ruleId()).isEqualTo("BE-JOBS-PER-NIC");
            assertThat(a.text()).contains("start with 5 per NIC").contains("today 24 per path");
        });
        // The AltaVault side comes from the AltaVault rules, not duplicated by Backup Exec ones.
        assertThat(analysis.advice()).anyMatch(a -> a.ruleId().equals("AVT-INTERFACE-SUBNET"));
        assertThat(analysis.recommendations()).anyMatch(r -> r.ruleId().equals("AVT-JUMBO-FRAMES"));
    }

    @Test
    void pluginsListsBackupExec() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("backupexec").contains("Get-BEJobHistory");
    }

    @Test
    void powerShellJsonThatIsNotBemcliOutputIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("processes.json");
        Files.writeString(f, "[{\"Name\":\"svchost\",\"Id\":4,\"CPU\":1.5,\"Handles\":300}]");
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "1000MB/s");
        Cli.oneLineError(r, 2, "processes.json: line 1", "BEMCLI");
    }

    @Test
    void aClixmlWithABrokenElementIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("backup-definitions.xml");
        String xml = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\r\n"
                + "  <Obj RefId=\"0\">\r\n    <TN RefId=\"0\"><T>BackupExec.Management.CLI.BackupDefinition</T></TN>\r\n"
                + "    <Props>\r\n      <S N=\"Name\">FS01 backup</S>\r\n      <S N=\"Description\">weekly</Props>\r\n"
                + "  </Obj>\r\n</Objs>\r\n";
        // Windows PowerShell 5.1 writes Export-Clixml as UTF-16 LE with a byte-order mark.
        byte[] body = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(f, bytes);
        Cli.Result r = Cli.run("analyze", f.toString(), "--target", "1000MB/s");
        Cli.oneLineError(r, 2, "backup-definitions.xml: line 6");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
