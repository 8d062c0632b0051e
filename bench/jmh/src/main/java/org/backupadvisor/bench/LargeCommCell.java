package org.backupadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backupadvisor.core.input.InputFile;

/**
 * A CommCell of N file-system subclients in one GET /Subclient response (as GET /Subclient?clientId=... returns them),
 * plus the S1 storage policy, copy and MediaAgent: the same shape bench/generate-commvault-export.py writes.
 */
final class LargeCommCell {
    private LargeCommCell() {
    }

    static List<InputFile> files(int subclients) {
        List<InputFile> out = new ArrayList<>();
        Path example = example();
        for (String f : List.of("storage-policy-17.json", "storage-policy-17-copy-31.json", "media-agent-2.json")) {
            try {
                out.add(new InputFile(f, Files.readAllBytes(example.resolve(f))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.add(new InputFile("subclients.json", subclientsJson(subclients).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    static String subclientsJson(int n) {
        StringBuilder b = new StringBuilder(n * 420).append("{\"filterQueryCount\": ").append(n)
                .append(", \"subClientProperties\": [");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"subClientEntity\": {\"clientName\": \"client").append(String.format("%05d", i / 10))
                    .append("\", \"clientId\": ").append(100 + i / 10)
                    .append(", \"appName\": \"File System\", \"backupsetName\": \"defaultBackupSet\", \"subclientName\": \"sc")
                    .append(i % 10).append("\", \"subclientId\": ").append(10000 + i).append("}, \"commonProperties\": {")
                    .append("\"numberOfBackupStreams\": ").append(1 + i % 4).append(", \"allowMultipleDataReaders\": ")
                    .append(i % 3 == 0).append(", \"storageDevice\": {\"networkAgents\": ").append(1 + i % 2)
                    .append(", \"applicableReadSize\": ").append(i % 5 == 0 ? 64 : 512)
                    .append(", \"dataBackupStoragePolicy\": {\"storagePolicyName\": \"SP-T50e-LTO5\", \"storagePolicyId\": 17}}}")
                    .append(", \"content\": [{\"path\": \"/data/").append(i).append("\"}]}");
        }
        return b.append("]}").toString();
    }

    /** examples/commvault/weekend-window, found from the working directory (the repository or bench/jmh). */
    private static Path example() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples/commvault/weekend-window");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/commvault/weekend-window not found above " + Path.of("").toAbsolutePath());
    }
}
