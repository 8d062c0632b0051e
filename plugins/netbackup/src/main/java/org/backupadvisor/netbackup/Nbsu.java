package org.backupadvisor.netbackup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;

/**
 * An {@code nbsu} output file: nbsu (the NetBackup support utility) writes each command's output into text files such
 * as {@code NBU_bppllist.txt}, {@code NBU_bpconfig.txt} or {@code NBU_adv_disk.txt}, which holds the storage units
 * and then the {@code nbdevquery -listdp -allowanydt -U} disk pools, with the commands echoed and dashed lines between
 * them (file names and that layout: voropaevp/CAMgen main.py, a public nbsu parser; see samples/SOURCES.md).
 *
 * <p>Files are recognised by content, never by name: a file that echoes a NetBackup command line is cut into
 * sections at those lines and at dashed separators; each section is detected like a file of its own, read when it
 * is an output this plugin reads, skipped with one note otherwise. A section keeps the file's name and its line
 * numbers (the other lines are blanked), so an error still points at the nbsu file and line.
 */
final class Nbsu {
    private Nbsu() {
    }

    /** The NetBackup and Media Manager commands nbsu echoes before their output. */
    private static final List<String> COMMANDS = List.of("bppllist", "bpstulist", "nbdevquery", "bpconfig", "bpgetconfig",
            "bpdbjobs", "nbstl", "nbemmcmd", "bpclclients", "bpmedialist", "bpimagelist", "bperror", "bpsyncinfo",
            "vmpool", "vmquery", "tpconfig", "nbdevconfig", "bpstsinfo", "bpclntcmd", "bpps", "bplicense",
            "get_license_key");
    /** A command echo: optional prompt characters and install path, one of {@link #COMMANDS}, options. */
    private static final Pattern COMMAND = Pattern.compile("^[\\s#>$]*(?:.*[/\\\\])?(" + String.join("|", COMMANDS)
            + ")(?:\\.exe)?(?:\\s+.*)?$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(-{5,}|={5,})\\s*$");

    /** One section: the file with only lines {@code from..to} (1-based, inclusive) kept. */
    record Section(InputFile file, int from, int to) {
    }

    static boolean echoesCommand(String text) {
        // The line pattern backtracks over every line of every file the registry asks about (Commvault XML too):
        // only text that names a command at all is worth it.
        return COMMANDS.stream().anyMatch(text::contains) && text.lines().anyMatch(l -> COMMAND.matcher(l).matches());
    }

    /** The sections of a file that echoes a command, or empty when it does not. */
    static List<Section> sections(InputFile f) {
        List<TextLines.Line> lines = TextLines.of(f);
        if (lines.stream().noneMatch(l -> COMMAND.matcher(l.text()).matches())) {
            return List.of();
        }
        List<Section> out = new ArrayList<>();
        int start = 1;
        for (TextLines.Line l : lines) {
            if (COMMAND.matcher(l.text()).matches() || SEPARATOR.matcher(l.text()).matches()) {
                add(out, f, lines, start, l.number() - 1);
                start = l.number() + 1;
            }
        }
        add(out, f, lines, start, lines.size());
        return out;
    }

    private static void add(List<Section> out, InputFile f, List<TextLines.Line> lines, int from, int to) {
        if (to < from || lines.subList(from - 1, to).stream().allMatch(l -> l.text().isBlank())) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (TextLines.Line l : lines) {
            b.append(l.number() >= from && l.number() <= to ? l.text() : "").append('\n');
        }
        out.add(new Section(new InputFile(f.name(), b.toString().getBytes(StandardCharsets.UTF_8), f.explicit()), from, to));
    }

    /** The format of a section, when it is an output this plugin reads (never NBSU itself). */
    static Optional<NetBackupFormat> detect(Section s) {
        return NetBackupFormat.detectOutput(s.file());
    }

    /** An nbsu file: it echoes a command and at least one section is an output this plugin reads. */
    static boolean looksLike(InputFile f, String head) {
        return echoesCommand(head) && sections(f).stream().anyMatch(s -> detect(s).isPresent());
    }
}
