package org.backupadvisor.netbackup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.measure.Measurements;
import org.backupadvisor.core.model.BackupPath;
import org.backupadvisor.core.model.Endpoint;
import org.backupadvisor.core.model.ThroughputModel;
import org.junit.jupiter.api.Test;

/** The readers on public samples (SOURCES.md) and on S4 as an admin collects it. */
class NetBackupParserTest {
    private final NetBackupPlugin plugin = new NetBackupPlugin();

    static InputFile sample(String name) {
        try {
            return new InputFile("bundle/" + name, Files.readAllBytes(Path.of("src/test/resources/samples/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputFile text(String name, String body) {
        return new InputFile(name, body.getBytes(StandardCharsets.UTF_8));
    }

    static InputFile example(String name) {
        try {
            return new InputFile("s4/" + name, Files.readAllBytes(Path.of("../../examples/netbackup/s4-smb-to-altavault/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsTheAirbusPolicyAsBppllistPrintsIt() {
        InputFile f = sample("bppllist-airbus-U.txt");
        assertThat(plugin.detect(f)).get().extracting(d -> d.format()).isEqualTo("bppllist");
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(f));
        Policy p = env.policies().get(0);
        assertThat(p.getName()).isEqualTo("airbusseclab_backup_policy");
        assertThat(p.getResidence()).isEqualTo("airbusseclab_stu");
        assertThat(p.getMaxJobsPerPolicy()).isNull();
        assertThat(p.getAllowMultipleDataStreams()).isFalse();
        assertThat(p.getClients()).isEmpty();
    }

    @Test
    void readsClientsSelectionsAndSchedulesOfAPopulatedPolicy() {
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(sample("bppllist-allpolicies-U.txt")));
        Policy p = env.policies().get(0);
        assertThat(p.getClients()).hasSize(8).startsWith("fs01").endsWith("fs08");
        assertThat(p.getNewStreams()).isEqualTo(4);
        assertThat(p.getStreamsPerClient()).isEqualTo(4);
        assertThat(p.getMaximumMpx()).isEqualTo(1);
        // The schedule's "Residence: (specific storage unit not required)" does not replace the policy's.
        assertThat(p.getResidence()).isEqualTo("stu_av_smb");
    }

    @Test
    void readsDiskPoolsVolumesAndStorageServersFromThePublicSamples() {
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(sample("nbdevquery-listdp-centreon.txt"),
                sample("nbdevquery-listdv-centreon.txt"), sample("nbdevquery-liststs-airbus.txt")));
        DiskPool dp = env.pool("NBU-MASTER-DP");
        assertThat(dp.getDiskType()).isEqualTo("PureDisk");
        assertThat(dp.getMaxIoStreams()).as("-1 = unlimited").isNull();
        assertThat(dp.getHighWatermark()).isEqualTo(99);
        StorageServer sts = env.server("nb-media-a");
        assertThat(sts.getServerType()).isEqualTo("AdvancedDisk");
        assertThat(sts.getFlags()).contains("OpenStorage", "CapacityManagedJobQueuing");
        assertThat(sts.isOpenStorage()).as("an AdvancedDisk server is not an OST plug-in").isFalse();
    }

    @Test
    void joinsS4PolicyToStorageUnitToTheSmbShareHost() {
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(example("bppllist-allpolicies-U.txt"),
                example("bpstulist-U.txt"), example("bpconfig-U.txt"), example("nbmedia01/touch-files.txt")));
        List<BackupPath> paths = plugin.paths(env, Measurements.none());
        assertThat(paths).hasSize(1);
        BackupPath p = paths.get(0);
        assertThat(p.endpoints()).contains(Endpoint.mediaServer("nbmedia01"), Endpoint.destination("smb", "altavault01", "nbu"));
        assertThat(ThroughputModel.effectiveStreams(p.path())).as("8 clients × 4 streams, 32 concurrent jobs").isEqualTo(32);
        TouchFiles t = env.touchFiles().get(0);
        assertThat(t.getHost()).isEqualTo("nbmedia01");
        assertThat(t.getNetBufferSz()).isEqualTo(65536);
        assertThat(t.getSizeDataBuffersDisk()).isEqualTo(1048576);
        assertThat(env.config().getMaxJobsPerClient()).isEqualTo(4);
    }

    @Test
    void maxJobsPerClientBindsTheStreamsThePoliciesStart() {
        InputFile config = text("b/bpconfig-U.txt", "Max Simultaneous Jobs/Client:   2\n");
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(example("bppllist-allpolicies-U.txt"),
                example("bpstulist-U.txt"), config));
        assertThat(ThroughputModel.effectiveStreams(plugin.paths(env, Measurements.none()).get(0).path())).isEqualTo(16);
    }

    @Test
    void readsRestStorageUnitsDiskPoolsAndPolicies() {
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(sample("storage-unit-rest.json"),
                sample("disk-pool-rest.json"), sample("policy-rest.json")));
        StorageUnit u = env.units().get(0);
        assertThat(u.getMaxConcurrentJobs()).isEqualTo(10);
        assertThat(u.getDiskPool()).isEqualTo("dp_msdp");
        DiskPool dp = env.pool("dp_msdp");
        assertThat(dp.getMaxIoStreams()).isEqualTo(12);
        assertThat(dp.getStorageServer()).isEqualTo("msdp01");
        Policy p = env.policies().get(0);
        assertThat(p.getMaxJobsPerPolicy()).as("2147483647 = unlimited").isNull();
        assertThat(p.getClients()).containsExactly("sql01");
        assertThat(ThroughputModel.effectiveStreams(plugin.paths(env, Measurements.none()).get(0).path()))
                .as("1 client × 1 stream").isEqualTo(1);
    }

    @Test
    void bpgetconfigIsReadAndTouchFilesNamedLikeTheOriginals() {
        assertThat(plugin.detect(sample("bpgetconfig-airbus.txt"))).get().extracting(d -> d.format()).isEqualTo("bpgetconfig");
        InputFile touch = text("bundle/nbmedia02/db/config/SIZE_DATA_BUFFERS_DISK", "262144\n");
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(sample("bpgetconfig-airbus.txt"), touch));
        assertThat(env.touchFiles()).singleElement().satisfies(t -> {
            assertThat(t.getHost()).isEqualTo("nbmedia02");
            assertThat(t.getSizeDataBuffersDisk()).isEqualTo(262144);
        });
    }

    @Test
    void positionalLayoutsAreRefusedWithTheCommandToRun() {
        assertThatThrownBy(() -> plugin.parse(List.of(sample("bpstulist-positional-airbus.txt"))))
                .isInstanceOf(InputException.class).hasMessageContaining("bpstulist -U");
        assertThatThrownBy(() -> plugin.parse(List.of(sample("nbdevquery-listdp-positional-airbus.txt"))))
                .isInstanceOf(InputException.class).hasMessageContaining("nbdevquery -listdp -U");
        InputFile l = text("b/bppllist.txt", "CLASS pol_a *NULL* 0 800000 0 *NULL*\nNAMES\nINFO 0 0 0 0 *NULL* 0 0 2147483647 0 0\n");
        assertThatThrownBy(() -> plugin.parse(List.of(l))).isInstanceOf(InputException.class)
                .hasMessageContaining("positional -l").hasMessageContaining("bppllist -allpolicies -U");
    }

    @Test
    void aTruncatedBpstulistNamesTheStorageUnitAndTheMissingLine() {
        InputFile cut = text("b/bpstulist-U.txt", "Label:                stu_a\nStorage Unit Type:    Disk\n");
        assertThatThrownBy(() -> plugin.parse(List.of(cut))).isInstanceOf(InputException.class)
                .hasMessageContaining("b/bpstulist-U.txt: line 1").hasMessageContaining("'Host Connection:'")
                .hasMessageContaining("truncated");
    }

    @Test
    void badValuesNameFileLineAndWhatWasExpected() {
        InputFile bad = text("b/bpstulist-U.txt", "Label: stu_a\nStorage Unit Type: Disk\nHost Connection: m1\nConcurrent Jobs: many\n");
        assertThatThrownBy(() -> plugin.parse(List.of(bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("line 4").hasMessageContaining("a whole number of concurrent jobs");
        InputFile touch = text("m1/NET_BUFFER_SZ", "sixty\n");
        assertThatThrownBy(() -> plugin.parse(List.of(touch))).isInstanceOf(InputException.class)
                .hasMessageContaining("NET_BUFFER_SZ").hasMessageContaining("whole number of bytes");
    }

    /**
     * nbsu writes several outputs per file, the commands echoed and dashed lines between them (NBU_adv_disk.txt holds
     * the storage units, then the disk pools; SOURCES.md). Composed from the confirmed labels: the echo lines and the
     * skipped section are illustrative, not copied from a real nbsu run.
     */
    @Test
    void anNbsuFileIsCutIntoItsOutputsReadByContentAndTheRestSkippedWithANote() {
        InputFile adv = text("nbsu/NBU_adv_disk.txt", String.join("\n",
                "/usr/openv/netbackup/bin/admincmd/bpstulist -U",
                "",
                "Label:                stu_tape_lto",
                "Storage Unit Type:    Media Manager",
                "Host Connection:      nbmedia01",
                "Number of Drives:     2",
                "On Demand Only:       no",
                "Max MPX/drive:        4",
                "Max Fragment Size:    1048575 MB",
                "",
                "Label:                stu_adv",
                "Storage Unit Type:    Disk",
                "Storage Unit Subtype: AdvancedDisk",
                "Host Connection:      nbmedia01",
                "Concurrent Jobs:      8",
                "Max MPX:              1",
                "----------",
                "/usr/openv/netbackup/bin/admincmd/nbdevquery -listdp -allowanydt -U",
                "Disk Pool Name   : dp_adv",
                "Disk Type        : AdvancedDisk",
                "Max IO Streams   : 20",
                "----------",
                "/usr/openv/netbackup/bin/admincmd/nbdevquery -listdv -stype PureDisk -U",
                "no disk volumes of this type",
                ""));
        InputFile config = text("nbsu/NBU_bpconfig.txt", "/usr/openv/netbackup/bin/admincmd/bpconfig -U\n\n"
                + "Max Simultaneous Jobs/Client: 8\n");
        InputFile info = text("nbsu/nbsu_info.txt", "System hostname = nbmaster01\nNetBackup version = 10.1\n");
        assertThat(plugin.detect(adv)).get().extracting(d -> d.format()).isEqualTo("nbsu");
        assertThat(plugin.detect(config)).get().extracting(d -> d.format()).isEqualTo("nbsu");
        assertThat(plugin.detect(info)).isEmpty();
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(adv, config));
        assertThat(env.units()).extracting(StorageUnit::getName).containsExactly("stu_tape_lto", "stu_adv");
        assertThat(env.units().get(0).getMaxMpx()).isEqualTo(4);
        assertThat(env.units().get(0).origin()).isEqualTo("nbsu/NBU_adv_disk.txt: line 3");
        assertThat(env.units().get(1).getMaxConcurrentJobs()).isEqualTo(8);
        assertThat(env.config().getMaxJobsPerClient()).isEqualTo(8);
        assertThat(env.notes()).singleElement().asString().startsWith("nbsu/NBU_adv_disk.txt: lines 24-")
                .endsWith("skipped (nbsu section that is not an output this advisor reads)");
    }

    @Test
    void aTruncatedOutputInsideAnNbsuFileNamesTheFileAndItsLine() {
        InputFile adv = text("nbsu/NBU_adv_disk.txt", "bpstulist -U\nLabel:                stu_a\nStorage Unit Type:    Disk\n"
                + "----------\nnbdevquery -listdp -allowanydt -U\nDisk Pool Name   : dp_adv\nDisk Type        : AdvancedDisk\n"
                + "Max IO Streams   : 20\n");
        assertThatThrownBy(() -> plugin.parse(List.of(adv))).isInstanceOf(InputException.class)
                .hasMessageContaining("nbsu/NBU_adv_disk.txt: line 2").hasMessageContaining("'Host Connection:'");
    }

    @Test
    void notesAndLogsAreNotNetBackupOutput() {
        assertThat(plugin.detect(text("b/notes.txt", "Call Bob about the tape library on Monday.\n"))).isEmpty();
        assertThat(plugin.detect(text("b/bpbkar.log", "10:00:01.123 [1234] <2> bpbkar main: INF - Client started\n"))).isEmpty();
    }

    @Test
    void bpdbjobsGivesTheCombinedRateOfTheNewestBackupRunAndTheBufferWaits() {
        InputFile f = sample("bpdbjobs-all-columns.txt");
        assertThat(plugin.detect(f)).get().extracting(d -> d.format()).isEqualTo("bpdbjobs");
        NetBackupEnvironment env = (NetBackupEnvironment) plugin.parse(List.of(f));
        // Jobs 1201 and 1202 overlap (the restore 1203 and the older 1100 do not count): 2 × 10^9 KB in one hour.
        assertThat(env.measurements().getThroughputCurrent()).isCloseTo(2e9 * 1024 / 3600, org.assertj.core.data.Offset.offset(1.0));
        assertThat(env.measurements().get(org.backupadvisor.core.measure.MeasurementKey.THROUGHPUT_CURRENT).orElseThrow().source())
                .contains("2 backup job(s)").contains("2.05 TB").contains("in 3600 s");
        assertThat(env.notes()).anySatisfy(n -> assertThat(n).contains("full buffer 13 times").contains("empty buffer 3 times")
                .contains("more streams will"));
    }

    @Test
    void aBpdbjobsLineWithABadNumberNamesTheColumn() {
        String good = new String(sample("bpdbjobs-all-columns.txt").content(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        InputFile bad = text("b/bpdbjobs.txt", good + "\n" + good.replaceFirst("^1201,0,3,0,pol_fs_av,full_weekly,fs01,nbmedia01,1709928000",
                "1201,0,3,0,pol_fs_av,full_weekly,fs01,nbmedia01,yesterday"));
        assertThatThrownBy(() -> plugin.parse(List.of(bad))).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("started");
    }
}
