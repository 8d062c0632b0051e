package org.backupadvisor.platform.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.TextLines;
import org.junit.jupiter.api.Test;

class RegFileTest {
    private static final String TCPIP = "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters";
    private static final String MEDIA_AGENT =
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\CommVault Systems\\Galaxy\\Instance001\\MediaAgent";

    private static List<RegistryValue> sample() {
        return RegFile.values(Samples.lines("windows/tcpip.reg"));
    }

    private static RegistryValue value(List<RegistryValue> values, String key, String name) {
        return values.stream().filter(v -> v.key().equals(key) && v.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + "\\" + name + " in " + values));
    }

    @Test
    void theSampleIsUtf16LittleEndianWithBomAsRegExportWritesIt() {
        byte[] b = Samples.file("windows/tcpip.reg").content();

        assertThat(b[0] & 0xFF).isEqualTo(0xFF);
        assertThat(b[1] & 0xFF).isEqualTo(0xFE);
        assertThat(b[3]).isZero();
    }

    @Test
    void stringsAndDwords() {
        List<RegistryValue> values = sample();

        RegistryValue host = value(values, TCPIP, "Hostname");
        assertThat(host.type()).isEqualTo("REG_SZ");
        assertThat(host.value()).isEqualTo("MA01");
        assertThat(host.line()).isEqualTo(8);
        assertThat(host.file()).isEqualTo("host1/windows/tcpip.reg");
        RegistryValue buffers = value(values, MEDIA_AGENT, "nNumPipelineBuffers");
        assertThat(buffers.type()).isEqualTo("REG_DWORD");
        assertThat(buffers.dword()).contains(300L);
        assertThat(value(values, TCPIP, "TcpWindowSize").dword()).contains(256_960L);
        assertThat(value(values, TCPIP, "SearchList").value()).isEqualTo("");
        assertThat(host.dword()).isEmpty();
    }

    @Test
    void escapedBackslashesAndQuotesInStrings() {
        List<RegistryValue> values = sample();

        assertThat(value(values, MEDIA_AGENT, "sIndexCachePath").value()).isEqualTo("E:\\Commvault\\IndexCache\\");
        assertThat(value(values, MEDIA_AGENT, "sComment").value()).isEqualTo("tuned per \"DDB guide\"; see ticket 42");
    }

    @Test
    void defaultValueHasTheEmptyName() {
        RegistryValue def = value(sample(), MEDIA_AGENT, "");

        assertThat(def.type()).isEqualTo("REG_SZ");
        assertThat(def.value()).isEqualTo("MediaAgent");
    }

    @Test
    void expandStringContinuedOverThreeLines() {
        RegistryValue db = value(sample(), TCPIP, "DataBasePath");

        assertThat(db.type()).isEqualTo("REG_EXPAND_SZ");
        assertThat(db.value()).isEqualTo("%SystemRoot%\\System32\\drivers\\etc");
        assertThat(db.line()).isEqualTo(4);
    }

    @Test
    void multiStringsQwordAndBinary() {
        List<RegistryValue> values = sample();
        String iface = TCPIP + "\\Interfaces\\{4f1c1f3e-8a2b-4c55-9b61-0a1d2e3f4a5b}";

        RegistryValue ip = value(values, iface, "IPAddress");
        assertThat(ip.type()).isEqualTo("REG_MULTI_SZ");
        assertThat(ip.value()).isEqualTo(List.of("10.20.0.31"));
        assertThat(value(values, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters",
                "NullSessionPipes").value()).isEqualTo(List.of());
        RegistryValue chunk = value(values, MEDIA_AGENT, "nMaxChunkBytes");
        assertThat(chunk.type()).isEqualTo("REG_QWORD");
        assertThat(chunk.dword()).contains(10L * 1024 * 1024 * 1024);
        RegistryValue guid = value(values, "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer"
                + "\\Parameters", "Guid");
        assertThat(guid.type()).isEqualTo("REG_BINARY");
        assertThat((byte[]) guid.value()).hasSize(16).startsWith((byte) 0x9a, (byte) 0xc8);
    }

    @Test
    void deletedValuesAndDeletedKeysCarryNoValue() {
        List<RegistryValue> values = sample();

        assertThat(values).noneMatch(v -> v.name().equals("nObsolete"));
        assertThat(values).noneMatch(v -> v.key().endsWith("\\Old"));
    }

    @Test
    void multiStringKeepsInnerEmptyStringsAndToleratesAMissingFinalTerminator() {
        List<RegistryValue> values = RegFile.values(Samples.lines("m.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_CURRENT_USER\\Software\\x]
                "a-_-b"=hex(7):61,00,00,00,00,00,62,00,00,00
                "a"=hex(7):61,00,00,00
                "dw"=hex(4):2c,01,00,00
                "sz"=hex(1):61,00,0a,00,62,00,00,00
                "none"=hex(0):
                """));

        assertThat(values.get(0).value()).isEqualTo(List.of("a", "", "b"));
        assertThat(values.get(1).value()).isEqualTo(List.of("a"));
        assertThat(values.get(2).dword()).contains(300L);
        assertThat(values.get(3).value()).isEqualTo("a\nb");
        assertThat(values.get(4).type()).isEqualTo("REG_NONE");
    }

    @Test
    void regedit4StringsAreAnsiBytes() {
        List<RegistryValue> values = RegFile.values(Samples.lines("windows/regedit4.reg"));

        assertThat(values).extracting(RegistryValue::value).containsExactly("Straße", "%TEMP%", List.of("a", "b"), 4L);
    }

    @Test
    void hostComesFromTcpipHostnameThenComputerName() {
        assertThat(RegFile.host(sample())).contains("MA01");
        List<RegistryValue> onlyComputerName = RegFile.values(Samples.lines("c.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\\ComputerName\\ComputerName]
                "ComputerName"="BACKUP02"
                """));
        assertThat(RegFile.host(onlyComputerName)).contains("BACKUP02");
        assertThat(RegFile.host(RegFile.values(Samples.lines("windows/regedit4.reg")))).isEmpty();
    }

    @Test
    void aFileWithoutTheHeaderIsAnError() {
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", "\n[HKEY_CURRENT_USER\\x]\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 2: expected the header 'Windows Registry Editor Version 5.00' or"
                        + " 'REGEDIT4' (a .reg export)");
    }

    @Test
    void aValueBeforeAnyKeyIsAnError() {
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", "REGEDIT4\n\"a\"=\"b\"\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 2: expected a [KEY] line before the first value");
    }

    @Test
    void badDataIsAnErrorAtTheValueLine() {
        String head = "Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n";
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\"=dword:1234567890\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected dword:XXXXXXXX (up to 8 hex digits); found 'dword:1234567890'");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\"=hex:0g,00\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected comma-separated hex bytes such as hex:0a,ff; found '0g,00'");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\"=qword:1\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected \"string\", dword:, hex:, hex(N): or - after '='; found 'qword:1'");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\"=hex(b):01,02\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected 8 bytes for a REG_QWORD; found 2");
    }

    @Test
    void brokenQuotingAndKeysAreErrors() {
        String head = "Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n";
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\"=\"unterminated\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected a closing quote in \"unterminated");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "\"a\" \"b\"\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected '=' after the value name");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "[HKEY_CURRENT_USER\\y\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected [KEY] with a closing ']'");
        assertThatThrownBy(() -> RegFile.values(Samples.lines("h/x.reg", head + "Hostname=MA01\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected [KEY], \"Name\"=data or @=data; found 'Hostname=MA01'");
    }

    @Test
    void aContinuedValueReportsItsFirstLine() {
        String text = "Windows Registry Editor Version 5.00\n[HKEY_CURRENT_USER\\x]\n\"b\"=hex:00,\\\n  01,zz\n";
        assertThatThrownBy(() -> RegFile.values(TextLines.of(Samples.text("h/x.reg", text))))
                .isInstanceOf(InputException.class)
                .hasMessage("h/x.reg: line 3: expected comma-separated hex bytes such as hex:0a,ff; found '00,01,zz'");
    }

    @Test
    void aQuotedStringEndingInABackslashIsNotAContinuation() {
        List<RegistryValue> values = RegFile.values(Samples.lines("p.reg",
                "REGEDIT4\n[HKEY_CURRENT_USER\\x]\n\"p\"=\"C:\\\\\"\n\"q\"=dword:00000001\n"));

        assertThat(values).extracting(RegistryValue::value).containsExactly("C:\\", 1L);
    }
}
