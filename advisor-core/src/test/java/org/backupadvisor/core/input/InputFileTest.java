package org.backupadvisor.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputFileTest {

    private static InputFile file(String name, String content) {
        return new InputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headSkipsBomAndLeadingWhitespace() {
        assertThat(file("a", "\uFEFF<?xml version=\"1.0\"?><r/>").head(5)).isEqualTo("<?xml");
        assertThat(file("a", "  \n  {\"a\": 1}").head(4)).isEqualTo("{\"a\"");
        assertThat(file("a", "{}").head(100)).isEqualTo("{}");
        assertThat(file("a", "").head(3)).isEmpty();
    }

    @Test
    void sniffsJsonAndXmlByTheFirstCharacter() {
        assertThat(file("a", "{\"a\": 1}").looksLikeJson()).isTrue();
        assertThat(file("a", "[1]").looksLikeJson()).isTrue();
        assertThat(file("a", "\n<r/>").looksLikeXml()).isTrue();
        assertThat(file("a", "\uFEFF{}").looksLikeJson()).isTrue();
        assertThat(file("a", "POLICY x").looksLikeJson()).isFalse();
        assertThat(file("a", "POLICY x").looksLikeXml()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"    {\"a\": 1}", "\r\n\r\n{\"a\": 1}", "\uFEFF  {\"a\": 1}", "\n\n\n\n\n{}"})
    void sniffsJsonAfterLongLeadingWhitespace(String content) {
        assertThat(file("a.json", content).looksLikeJson()).isTrue();
        assertThat(Trees.read(file("a.json", content)).children()).isNotNull();
    }

    @Test
    void extensionIsLowerCaseWithoutDot() {
        assertThat(file("dir/Export.JSON", "").extension()).isEqualTo("json");
        assertThat(file("bundle.zip!/sp.xml", "").extension()).isEqualTo("xml");
        assertThat(file("Makefile", "").extension()).isEmpty();
    }
}
