package org.backupadvisor.platform.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.TextLines.Line;

/**
 * Solaris /etc/system (system(4)): "set [module:]symbol {=,|,&} [~][-]value" lines, other commands (forceload:,
 * exclude:, include:, moddir:, rootdev:, rootfs:) that say nothing about tuning, and comments starting with * or #.
 * Commands are case-insensitive. Anything else is refused, as the kernel would warn about it at boot.
 */
public final class EtcSystem {
    // Matched against the stripped line, so the value runs to the end: a reluctant "(\\S.*?)\\s*$" here rescans every
    // whitespace run once per character, quadratic in the line (a 1 MiB line of spaces would run for minutes).
    private static final Pattern SET = Pattern.compile(
            "^set\\s+(?:([A-Za-z0-9_.\\-]+):)?([A-Za-z_][A-Za-z0-9_]*)\\s*([=|&])\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^(forceload|exclude|include|moddir|rootdev|rootfs)\\s*:.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^(~?)(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$");

    private EtcSystem() {
    }

    public static List<EtcSystemSetting> read(List<Line> lines) {
        List<EtcSystemSetting> out = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text().strip();
            if (t.isEmpty() || t.startsWith("*") || t.startsWith("#") || DIRECTIVE.matcher(t).matches()) {
                continue;
            }
            Matcher m = SET.matcher(t);
            if (!m.matches()) {
                throw l.error("expected 'set [module:]name = value', a command such as 'forceload: drv/x',"
                        + " or a comment starting with * or #");
            }
            String module = m.group(1) == null ? "" : m.group(1);
            String op = m.group(3);
            String value = m.group(4);
            Long number = op.equals("=") ? number(value) : null;
            String raw = op.equals("=") ? value : op + " " + value;
            out.add(new EtcSystemSetting(module, m.group(2), raw, number, l.file(), l.number()));
        }
        return List.copyOf(out);
    }

    /** 1048576, 0x100000, 0400 (octal), ~0x1, -1; null when the value is not a number (a quoted string). */
    static Long number(String value) {
        Matcher m = NUMBER.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(3);
        try {
            long v;
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                v = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.startsWith("0") && digits.length() > 1) {
                v = Long.parseLong(digits.substring(1), 8);
            } else {
                v = Long.parseLong(digits);
            }
            if (!m.group(2).isEmpty()) {
                v = -v;
            }
            return m.group(1).isEmpty() ? v : ~v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
