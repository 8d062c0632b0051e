package org.backupadvisor.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backupadvisor.core.input.TextLines.Line;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private static InputFile file(byte[] bytes) {
        return new InputFile("host1/export.txt", bytes);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<String> texts(InputFile f) {
        return TextLines.of(f).stream().map(Line::text).toList();
    }

    @Test
    void plainUtf8SplitsOnEveryKindOfLineBreak() {
        List<Line> lines = TextLines.of(file("a\r\nb\nc\rd".getBytes(StandardCharsets.UTF_8)));

        assertThat(lines).extracting(Line::text).containsExactly("a", "b", "c", "d");
        assertThat(lines).extracting(Line::number).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(Line::file).containsOnly("host1/export.txt");
    }

    @Test
    void aFinalLineBreakAddsNoEmptyLineButBlankLinesInsideAreKept() {
        assertThat(texts(file("a\n\nb\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("a", "", "b");
        assertThat(texts(file("a\r\n\r\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("a", "");
        assertThat(TextLines.of(file(new byte[0]))).isEmpty();
    }

    @Test
    void utf8BomIsRemoved() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        InputFile f = file(concat(bom, "héllo\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(texts(f)).containsExactly("héllo");
        assertThat(TextLines.text(f)).isEqualTo("héllo\n");
    }

    @Test
    void utf16LittleEndianWithBomAsRegExportWritesIt() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        String reg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Ä]\r\n";
        InputFile f = file(concat(bom, reg.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(texts(f)).containsExactly("Windows Registry Editor Version 5.00", "",
                "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Ä]");
    }

    @Test
    void utf16BigEndianWithBom() {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        InputFile f = file(concat(bom, "one\ntwo".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(texts(f)).containsExactly("one", "two");
    }

    @Test
    void utf16LittleEndianWithoutBomIsRecognisedByItsNulBytes() {
        InputFile f = file("[\r\n  {\"Name\": \"Ethernet\"}\r\n]\r\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(texts(f)).containsExactly("[", "  {\"Name\": \"Ethernet\"}", "]");
    }

    @Test
    void malformedUtf8FallsBackToWindows1252() {
        byte[] ansi = "Größe=€5\n".getBytes(Charset.forName("windows-1252"));

        assertThat(texts(file(ansi))).containsExactly("Größe=€5");
    }

    @Test
    void lineCarriesItsOwnErrorWithFileAndLine() {
        Line second = TextLines.of(file("a\nb".getBytes(StandardCharsets.UTF_8))).get(1);

        assertThat(second.error("expected something").getMessage())
                .isEqualTo("host1/export.txt: line 2: expected something");
    }

    @Test
    void refusesALineLongerThanOneMebibyte() {
        String longLine = "x".repeat(TextLines.MAX_LINE_CHARS + 1);
        InputFile f = file(("ok\n" + longLine + "\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TextLines.of(f))
                .isInstanceOf(InputException.class)
                .hasMessage("host1/export.txt: line 2: line is longer than 1 MiB; expected a text export");
    }

    @Test
    void aLineOfExactlyOneMebibyteIsFine() {
        String line = "x".repeat(TextLines.MAX_LINE_CHARS);

        assertThat(TextLines.of(file(line.getBytes(StandardCharsets.UTF_8)))).hasSize(1);
    }

    @Test
    void refusesMoreThanAMillionLines() {
        byte[] many = "\n".repeat(TextLines.MAX_LINES + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TextLines.of(file(many)))
                .isInstanceOf(InputException.class)
                .hasMessage("host1/export.txt: line 1000001: more than 1000000 lines; expected a smaller export");
    }

    @Test
    void exactlyAMillionLinesIsFine() {
        byte[] many = "\n".repeat(TextLines.MAX_LINES).getBytes(StandardCharsets.UTF_8);

        assertThat(TextLines.of(file(many))).hasSize(TextLines.MAX_LINES);
    }
}
