package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An nbsu zip over the CLI: the NBU_*.txt files that carry bppllist -U, bpstulist -U and bpconfig -U (S4's outputs,
 * each under an echoed command line as nbsu writes them) are read by content; nbsu_info.txt, OS_general.txt and the
 * section of NBU_adv_disk.txt that holds no output this advisor reads are skipped with one line each. File names: voropaevp/CAMgen (plugins/netbackup/.../samples/SOURCES.md).
 */
class NbsuZipTest {
    static final Path S4 = Cli.ROOT.resolve("examples/netbackup/s4-smb-to-altavault");

    private static Path zip(Path dir, Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry("nbsu_nbmaster01/" + e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        Path f = dir.resolve("nbsu_nbmaster01.zip");
        Files.write(f, bytes.toByteArray());
        return f;
    }

    private static String echo(String command, Path output) throws Exception {
        return "/usr/openv/netbackup/bin/admincmd/" + command + "\n" + Files.readString(output);
    }

    @Test
    void theOutputsItHoldsAreReadAndTheOtherFilesSkipped(@TempDir Path dir) throws Exception {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("NBU_bppllist.txt", echo("bppllist -allpolicies -U", S4.resolve("bppllist-allpolicies-U.txt")));
        e.put("NBU_adv_disk.txt", echo("bpstulist -U", S4.resolve("bpstulist-U.txt"))
                + "----------\n/usr/openv/netbackup/bin/admincmd/nbdevquery -listdp -allowanydt -U\nno disk pools found\n");
        e.put("NBU_bpconfig.txt", echo("bpconfig -U", S4.resolve("bpconfig-U.txt")));
        e.put("nbsu_info.txt", "System hostname = nbmaster01\nNetBackup version = 10.1\n");
        e.put("OS_general.txt", "OS Name:                   Microsoft Windows Server 2012 R2 Standard\n");
        Cli.Result r = Cli.run("analyze", zip(dir, e).toString(), "--target", "13TB/hr", "--measured", "10.5TB/hr",
                "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis a = AnalysisJson.read(r.out());
        assertThat(a.inputs()).extracting(Analysis.Input::format).containsExactly("nbsu", "nbsu", "nbsu");
        assertThat(a.skipped()).hasSize(3).anySatisfy(s -> assertThat(s).contains("nbsu_info.txt"))
                .anySatisfy(s -> assertThat(s).contains("OS_general.txt"))
                .anySatisfy(s -> assertThat(s).contains("NBU_adv_disk.txt: lines 15-15 skipped"));
    }

    @Test
    void aTruncatedStorageUnitInsideNamesTheNbsuFileAndLine(@TempDir Path dir) throws Exception {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("NBU_adv_disk.txt", "bpstulist -U\nLabel:                stu_av_smb\nStorage Unit Type:    Disk\n");
        Cli.Result r = Cli.run("analyze", zip(dir, e).toString(), "--target", "1TB/hr");
        Cli.oneLineError(r, 2, "NBU_adv_disk.txt: line 2", "Host Connection", "truncated");
    }
}
