package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CommCell of many subclients (as an MSP has): the same change on many objects is one recommendation row listing
 * its objects, findings with the same outcome share a row, and the text, CSV and {@code --findings all} forms still
 * account for every object.
 */
class LargeCommCellTest {
    static final int SUBCLIENTS = 240;
    @TempDir
    static Path dir;
    static Analysis analysis;
    static String[] command;

    /** GET /Subclient?clientId=... holding {@link #SUBCLIENTS} subclients of the S1 policy, readers 1..4 in turn. */
    @BeforeAll
    static void analyse() throws Exception {
        Path example = Cli.ROOT.resolve("examples/commvault/weekend-window");
        for (String f : List.of("storage-policy-17.json", "storage-policy-17-copy-31.json", "media-agent-2.json")) {
            Files.copy(example.resolve(f), dir.resolve(f));
        }
        List<Map<String, Object>> subclients = new ArrayList<>();
        for (int i = 0; i < SUBCLIENTS; i++) {
            subclients.add(Map.of(
                    "subClientEntity", Map.of("clientName", String.format("client%03d", i / 10), "clientId", 100 + i / 10,
                            "appName", "File System", "backupsetName", "defaultBackupSet", "subclientName", "sc" + (i % 10),
                            "subclientId", 10000 + i),
                    "commonProperties", Map.of("numberOfBackupStreams", 1 + i % 4, "allowMultipleDataReaders", false,
                            "storageDevice", Map.of("networkAgents", 2, "applicableReadSize", 512,
                                    "dataBackupStoragePolicy", Map.of("storagePolicyName", "SP-T50e-LTO5", "storagePolicyId", 17))),
                    "content", List.of(Map.of("path", "/data/" + i))));
        }
        Files.writeString(dir.resolve("subclients.json"), new ObjectMapper().writeValueAsString(
                Map.of("filterQueryCount", SUBCLIENTS, "subClientProperties", subclients)), StandardCharsets.UTF_8);
        command = new String[]{"analyze", dir.toString(), "--target", "173MB/s", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s"};
        Cli.Result r = Cli.run(with("--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        analysis = AnalysisJson.read(r.out());
    }

    static String[] with(String... more) {
        String[] out = java.util.Arrays.copyOf(command, command.length + more.length);
        System.arraycopy(more, 0, out, command.length, more.length);
        return out;
    }

    @Test
    void theSameChangeOnManyObjectsIsOneRowPerCurrentValueListingEveryObjectInReadOrder() {
        List<Analysis.Rec> readers = analysis.recommendations().stream()
                .filter(r -> r.ruleId().equals("CV-SUBCLIENT-DATA-READERS")).toList();
        // readers 1, 2 and 3 are below 2 x 2 drives; 4 is not: three rows, 60 subclients each.
        assertThat(readers).extracting(Analysis.Rec::current).containsExactly(1, 2, 3);
        for (Analysis.Rec r : readers) {
            assertThat(r.recommended()).isEqualTo(4);
            assertThat(r.objects()).hasSize(SUBCLIENTS / 4).startsWith(r.object())
                    .allSatisfy(o -> assertThat(o).matches("client\\d{3}/defaultBackupSet/sc\\d"));
            int first = (Integer) r.current() - 1;   // subclient i has 1 + i % 4 readers
            assertThat(r.objects().get(0)).isEqualTo("client000/defaultBackupSet/sc" + first);
            assertThat(r.objects().get(1)).isEqualTo("client000/defaultBackupSet/sc" + (first + 4));
        }
        assertThat(readers.stream().flatMap(r -> r.objects().stream()).distinct().count()).isEqualTo(SUBCLIENTS * 3 / 4);
        // Ranks stay dense, and a step names each row once.
        assertThat(analysis.recommendations()).extracting(Analysis.Rec::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, analysis.recommendations().size())
                        .boxed().toList());
        analysis.steps().forEach(s -> assertThat(s.ranks()).doesNotHaveDuplicates());
    }

    @Test
    void findingsWithTheSameOutcomeShareARowAndCountEveryObject() throws Exception {
        List<Analysis.FindingRow> fired = analysis.findings().stream()
                .filter(f -> f.ruleId().equals("CV-SUBCLIENT-MULTIPLE-READERS") && f.status().equals("FIRED")).toList();
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).objects()).hasSize(SUBCLIENTS).doesNotHaveDuplicates();
        assertThat(analysis.findingCounts()).containsEntry("FIRED", analysis.findings().stream()
                .filter(f -> f.status().equals("FIRED")).mapToLong(f -> f.objects().size()).sum());

        Cli.Result r = Cli.run(with("--format", "json", "--findings", "all"));
        assertThat(r.exit()).as(r.err()).isZero();
        Analysis all = AnalysisJson.read(r.out());
        assertThat(all.findings()).allSatisfy(f -> assertThat(f.objects()).containsExactly(f.object()));
        assertThat(all.findingCounts()).isEqualTo(analysis.findingCounts());
        Map<String, Long> firedPerRule = all.findings().stream().filter(f -> f.status().equals("FIRED"))
                .collect(Collectors.groupingBy(Analysis.FindingRow::ruleId, LinkedHashMap::new, Collectors.counting()));
        assertThat(firedPerRule).containsEntry("CV-SUBCLIENT-MULTIPLE-READERS", (long) SUBCLIENTS);
    }

    @Test
    void textAndCsvAccountForEveryObject() {
        Cli.Result text = Cli.run(command);
        assertThat(text.exit()).as(text.err()).isZero();
        int objects = analysis.recommendations().stream().mapToInt(r -> r.objects().size()).sum();
        assertThat(text.out()).contains("Plan (" + analysis.recommendations().size() + " recommendation(s) on "
                + objects + " objects)");
        // Data readers: 180 subclients in three rows print once, the 179 others counted.
        assertThat(text.out()).contains("179 more object(s) with the same change: client000/defaultBackupSet/sc4 (1 → 4");

        Cli.Result csv = Cli.run(with("--format", "csv"));
        assertThat(csv.exit()).as(csv.err()).isZero();
        List<String> rows = csv.out().lines().skip(1).toList();
        assertThat(rows).hasSize(objects);
        assertThat(rows.stream().filter(l -> l.contains("CV-SUBCLIENT-DATA-READERS"))).hasSize(SUBCLIENTS * 3 / 4);
    }

    @Test
    void anAnalysisStoredBeforeObjectsExistedReadsBackWithItsOneObject() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> json = mapper.readValue(AnalysisJson.write(analysis), Map.class);
        for (String list : List.of("recommendations", "findings")) {
            for (Object row : (List<?>) json.get(list)) {
                ((Map<?, ?>) row).remove("objects");
            }
        }
        Analysis old = AnalysisJson.read(mapper.writeValueAsString(json));
        assertThat(old.recommendations()).allSatisfy(r -> assertThat(r.objects()).containsExactly(r.object()));
        assertThat(old.findings()).allSatisfy(f -> assertThat(f.objects()).containsExactly(f.object()));
    }
}
