package org.backupadvisor.backupexec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;

/**
 * The BEMCLI outputs this plugin reads, each saved with {@code ConvertTo-Json} or {@code Export-Clixml}. A file is
 * recognised by the property names BEMCLI objects carry (research/netbackup-backupexec.md §3.2: CheckupExec's models
 * and the Icinga plugin's fixtures), or for CLIXML by the BackupExec type names as well.
 */
enum BackupExecFormat {
    STORAGE("Get-BEStorage"),
    DISK_STORAGE_DEVICE("Get-BEDiskStorageDevice"),
    BACKUP_DEFINITION("Get-BEBackupDefinition"),
    JOB("Get-BEJob"),
    JOB_HISTORY("Get-BEJobHistory");

    final String cmdlet;

    BackupExecFormat(String cmdlet) {
        this.cmdlet = cmdlet;
    }

    String id(boolean clixml) {
        return cmdlet.toLowerCase(Locale.ROOT) + (clixml ? "-clixml" : "-json");
    }

    static final Pattern CONCURRENCY = Pattern.compile("(?i).*(concurren|writesession).*");

    /** Which BEMCLI object this is, from its type names and properties; empty when none. */
    static Optional<BackupExecFormat> kindOf(List<String> typeNames, Predicate<String> has) {
        String types = String.join(" ", typeNames);
        if (types.contains("JobHistory") || has.test("JobRateMBPerMinute") || has.test("StorageName") && has.test("JobStatus")) {
            return Optional.of(JOB_HISTORY);
        }
        if (types.contains("BackupDefinition") || has.test("InitialFullBackup") || has.test("IncrementalBackup")
                || has.test("DifferentialBackup") || has.test("BackupTasks")) {
            return Optional.of(BACKUP_DEFINITION);
        }
        if (types.matches(".*\\bBackupExec\\S*\\.Job\\b.*") || has.test("TaskType") || has.test("IsBackupDefinitionJob")
                || has.test("SelectionSummary") || has.test("JobType") && has.test("Storage")) {
            return Optional.of(JOB);
        }
        if (types.contains("DiskStorageDevice")) {
            return Optional.of(DISK_STORAGE_DEVICE);
        }
        if (has.test("StorageType") || has.test("TotalCapacityBytes") || has.test("MaximumFileSizeBytes")
                || has.test("BlockSizeBytes") || types.contains("BackupExec") && types.contains("Storage")) {
            return Optional.of(STORAGE);
        }
        return Optional.empty();
    }

    /** A file's format and whether it is CLIXML, judged on its first 16 KiB. */
    record Detected(BackupExecFormat format, boolean clixml) {
        String id() {
            return format.id(clixml);
        }
    }

    private static final Pattern CLIXML_ROOT = Pattern.compile("^(<\\?xml[^>]*>\\s*)?<Objs\\b[^>]*schemas\\.microsoft\\.com/powershell/2004/04");

    static Optional<Detected> detect(InputFile f) {
        String head = f.head(16 * 1024);
        if (f.looksLikeJson()) {
            Optional<BackupExecFormat> k = kindOf(List.of(), p -> head.contains("\"" + p + "\""));
            // BEMCLI properties are PascalCase (other products' REST JSON is camelCase: NetBackup's maxConcurrentJobs).
            boolean concurrency = head.contains("\"Name\"") && CONCURRENCY_JSON.matcher(head).find();
            if (concurrency && (k.isEmpty() || k.get() == STORAGE)) {
                return Optional.of(new Detected(DISK_STORAGE_DEVICE, false));
            }
            return k.map(x -> new Detected(x, false));
        }
        if (f.looksLikeXml() && CLIXML_ROOT.matcher(head).find()) {
            java.util.regex.Matcher t = Pattern.compile("<T>([^<]*)</T>").matcher(head);
            List<String> types = new java.util.ArrayList<>();
            while (t.find()) {
                types.add(t.group(1));
            }
            boolean backupExec = types.stream().anyMatch(x -> x.contains("BackupExec"));
            Optional<BackupExecFormat> k = kindOf(types, p -> head.contains("N=\"" + p + "\""));
            if (k.isPresent() && (backupExec || k.get() != STORAGE)) {
                // A disk storage device exported with Select-Object * has no BackupExec type: its concurrency tells.
                BackupExecFormat kind = k.get() == STORAGE && CONCURRENCY_IN_HEAD.matcher(head).find() ? DISK_STORAGE_DEVICE : k.get();
                return Optional.of(new Detected(kind, true));
            }
        }
        return Optional.empty();
    }

    private static final Pattern CONCURRENCY_JSON = Pattern.compile("\"([A-Z][A-Za-z]*)?(Concurren|WriteSession)[A-Za-z]*\"\\s*:\\s*\\d");
    private static final Pattern CONCURRENCY_IN_HEAD = Pattern.compile("(?i)N=\"[^\"]*(concurren|writesession)[^\"]*\"");
}
