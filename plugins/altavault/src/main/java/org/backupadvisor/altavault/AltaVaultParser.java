package org.backupadvisor.altavault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.input.TextLines;
import org.backupadvisor.core.spi.ProductEnvironment.ParsedInput;
import org.backupadvisor.core.units.DataSize;

/**
 * Reads the AltaVault CLI's {@code show version}, {@code show running-config} (configuration commands one per line)
 * and {@code show interfaces} text, and {@code altavault.yaml} for what no CLI output shows. Files are grouped by the
 * folder they sit in (one folder per appliance); the running-config's {@code hostname} names the appliance, else the
 * folder does. See SOURCES.md for which lines are confirmed by a public sample and which are not.
 */
final class AltaVaultParser {
    static final Set<String> OPERATIONS = Set.of("verify", "restore", "syntheticFull", "antivirus", "smallFiles");

    private static final Pattern VERSION_LINE = Pattern.compile("^\\s*(Product name|Product release|Product model|Build ID)\\s*:\\s*(.*)$");
    private static final Pattern HOSTNAME = Pattern.compile("^hostname\\s+\"?([^\"\\s]+)\"?\\s*$");
    private static final Pattern IF_IP = Pattern.compile("^interface\\s+(\\S+)\\s+ip\\s+address\\s+(\\S+)\\s*(?:/\\s*(\\d{1,2})|(\\d+\\.\\d+\\.\\d+\\.\\d+))?\\s*$");
    private static final Pattern IF_MTU = Pattern.compile("^interface\\s+(\\S+)\\s+mtu\\s+\"?(\\S+?)\"?\\s*$");
    private static final Pattern IF_SPEED = Pattern.compile("^interface\\s+(\\S+)\\s+speed\\s+\"?(\\S+?)\"?\\s*$");
    private static final Pattern IF_SHUT = Pattern.compile("^(no\\s+)?interface\\s+(\\S+)\\s+shutdown\\s*$");
    private static final Pattern EVICTION = Pattern.compile("^datastore\\s+eviction\\s+threshold\\s+(?:percent\\s+)?\"?(\\S+?)\"?\\s*$");
    private static final Pattern MULTICHANNEL = Pattern.compile("^(no\\s+)?smb\\s+multichannel\\s+enable\\s*$");
    private static final Pattern SMB_SHARE = Pattern.compile("^smb\\s+share\\s+(?:add\\s+)?(?:name\\s+)?\"?([^\"\\s]+)\"?.*$");
    private static final Pattern IF_BLOCK = Pattern.compile("^Interface\\s+(\\S+)\\s+state\\s*$");
    private static final Pattern KV = Pattern.compile("^\\s+([A-Za-z][A-Za-z0-9 /()-]*?)\\s*:\\s*(.*)$");

    /** Everything read for one appliance folder. */
    private static final class Builder {
        String folder;
        String hostname;
        String origin;
        final Map<String, Object> fields = new LinkedHashMap<>();
        final Map<String, Map<String, Object>> ifs = new LinkedHashMap<>();
        final List<String> shares = new ArrayList<>();
        final Set<String> during = new LinkedHashSet<>();

        Map<String, Object> iface(String name) {
            return ifs.computeIfAbsent(name, k -> new LinkedHashMap<>());
        }
    }

    private final Map<String, Builder> byFolder = new LinkedHashMap<>();
    private final List<ParsedInput> inputs = new ArrayList<>();

    AltaVaultEnvironment parse(List<InputFile> files) {
        for (InputFile f : files) {
            AltaVaultFormat format = AltaVaultFormat.detect(f).orElseThrow(() -> new InputException(f.name()
                    + ": not an AltaVault output this advisor reads (expected show version, show running-config, "
                    + "show interfaces or altavault.yaml)"));
            Builder b = byFolder.computeIfAbsent(folderOf(f.name()), k -> {
                Builder x = new Builder();
                x.folder = k;
                return x;
            });
            if (b.origin == null) {
                b.origin = f.name();
            }
            switch (format) {
                case SHOW_VERSION -> version(f, b);
                case RUNNING_CONFIG -> runningConfig(f, b);
                case SHOW_INTERFACES -> interfaces(f, b);
                case YAML -> AltaVaultYaml.read(f, b.fields, b.during);
            }
            inputs.add(new ParsedInput(f.name(), format.id, f.content()));
        }
        List<Appliance> out = new ArrayList<>();
        for (Builder b : byFolder.values()) {
            String name = b.hostname != null ? b.hostname : b.fields.get("appliance") instanceof String s ? s : b.folder;
            List<AvInterface> ifs = new ArrayList<>();
            b.ifs.forEach((n, m) -> ifs.add(new AvInterface(name, n, b.origin, m)));
            out.add(new Appliance(name, b.origin, b.fields, ifs, b.shares, b.during));
        }
        return new AltaVaultEnvironment(out, inputs);
    }

    static String folderOf(String name) {
        String[] parts = name.replace('\\', '/').replaceFirst("^.*!/", "").split("/");
        return parts.length >= 2 ? parts[parts.length - 2].toLowerCase(Locale.ROOT) : "altavault";
    }

    private static void version(InputFile f, Builder b) {
        for (TextLines.Line l : TextLines.of(f)) {
            Matcher m = VERSION_LINE.matcher(l.text());
            if (!m.matches()) {
                continue;
            }
            String v = m.group(2).trim();
            switch (m.group(1)) {
                case "Product release" -> {
                    if (!v.matches("\\d+(\\.\\d+){1,3}([-_.a-zA-Z0-9]*)?")) {
                        throw l.error("'Product release' is '" + v + "': expected a release such as 4.3.1");
                    }
                    b.fields.put("version", v.replaceFirst("[-_].*$", ""));
                }
                case "Product model" -> b.fields.put("model", v);
                default -> { }
            }
        }
        if (b.fields.get("version") == null) {
            throw new InputException(f.name() + ": no 'Product release:' line: expected AltaVault 'show version' output");
        }
    }

    private static void runningConfig(InputFile f, Builder b) {
        b.fields.put("runningConfig", true);
        for (TextLines.Line l : TextLines.of(f)) {
            String t = l.text().trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            Matcher m;
            if ((m = HOSTNAME.matcher(t)).matches()) {
                b.hostname = m.group(1).toLowerCase(Locale.ROOT);
            } else if ((m = IF_IP.matcher(t)).matches()) {
                String ip = m.group(2);
                if (!ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                    throw l.error("interface " + m.group(1) + ": '" + ip + "' is not an IPv4 address");
                }
                Map<String, Object> i = b.iface(m.group(1));
                i.put("ip", ip);
                if (m.group(3) != null) {
                    i.put("prefix", prefix(Integer.parseInt(m.group(3)), l));
                } else if (m.group(4) != null) {
                    i.put("prefix", maskToPrefix(m.group(4), l));
                }
            } else if ((m = IF_MTU.matcher(t)).matches()) {
                b.iface(m.group(1)).put("mtu", number(m.group(2), 576, 9216, "an MTU of 576-9216", l));
            } else if ((m = IF_SPEED.matcher(t)).matches()) {
                if (!m.group(2).equalsIgnoreCase("auto")) {
                    b.iface(m.group(1)).put("speed", number(m.group(2), 10, 400000, "a speed in Mbit/s or auto", l));
                }
            } else if ((m = IF_SHUT.matcher(t)).matches()) {
                b.iface(m.group(2)).put("up", m.group(1) != null);
            } else if ((m = EVICTION.matcher(t)).matches()) {
                b.fields.put("evictionThreshold", number(m.group(1), 1, 100, "a percentage 1-100", l));
            } else if ((m = MULTICHANNEL.matcher(t)).matches()) {
                b.fields.put("smbMultichannel", m.group(1) == null);
            } else if ((m = SMB_SHARE.matcher(t)).matches()) {
                if (!b.shares.contains(m.group(1))) {
                    b.shares.add(m.group(1));
                }
            }
            // Every other configuration command is one the model does not read.
        }
        b.fields.putIfAbsent("evictionThreshold", Appliance.DEFAULT_EVICTION_THRESHOLD);
    }

    private static void interfaces(InputFile f, Builder b) {
        Map<String, Object> cur = null;
        for (TextLines.Line l : TextLines.of(f)) {
            if (l.text().isBlank()) {
                continue;
            }
            Matcher h = IF_BLOCK.matcher(l.text().trim());
            if (h.matches()) {
                cur = b.iface(h.group(1));
                continue;
            }
            Matcher kv = KV.matcher(l.text());
            if (cur == null || !kv.matches()) {
                throw l.error("expected 'Interface <name> state' followed by indented 'Label: value' lines (show interfaces)");
            }
            String v = kv.group(2).trim();
            switch (kv.group(1)) {
                case "Up" -> cur.put("up", v.equalsIgnoreCase("yes"));
                case "IP address" -> {
                    if (!v.isEmpty()) {
                        cur.put("ip", v);
                    }
                }
                case "Netmask" -> {
                    if (!v.isEmpty()) {
                        cur.put("prefix", maskToPrefix(v, l));
                    }
                }
                case "MTU" -> cur.put("mtu", number(v, 576, 9216, "an MTU of 576-9216", l));
                case "Speed" -> {
                    Matcher s = Pattern.compile("^(\\d+)\\s*Mb/s.*$").matcher(v);
                    if (s.matches()) {
                        cur.put("speed", Integer.parseInt(s.group(1)));
                    } else if (!v.toUpperCase(Locale.ROOT).startsWith("UNKNOWN") && !v.isEmpty()) {
                        throw l.error("'Speed' is '" + v + "': expected e.g. '10000Mb/s (auto)'");
                    }
                }
                default -> { }
            }
        }
    }

    private static int prefix(int p, TextLines.Line l) {
        if (p < 0 || p > 32) {
            throw l.error("prefix /" + p + ": expected /0-/32");
        }
        return p;
    }

    static int maskToPrefix(String mask, TextLines.Line l) {
        if (!mask.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw l.error("netmask '" + mask + "': expected a dotted IPv4 mask such as 255.255.255.0");
        }
        long a = 0;
        for (String x : mask.split("\\.")) {
            int o = Integer.parseInt(x);
            if (o > 255) {
                throw l.error("netmask '" + mask + "': octet above 255");
            }
            a = (a << 8) | o;
        }
        return Long.bitCount(a);
    }

    private static int number(String v, int min, int max, String expected, TextLines.Line l) {
        if (!v.matches("\\d{1,7}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw l.error("'" + v + "': expected " + expected);
        }
        return Integer.parseInt(v);
    }

    static double bytes(String v, String where) {
        try {
            return DataSize.parse(v).bytes();
        } catch (RuntimeException e) {
            throw new InputException(where + ": '" + v + "': expected a size such as 20TB");
        }
    }
}
