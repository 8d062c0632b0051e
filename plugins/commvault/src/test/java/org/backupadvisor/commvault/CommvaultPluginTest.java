package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backupadvisor.commvault.CommvaultFiles.file;

import java.util.List;
import java.util.ServiceLoader;
import org.backupadvisor.core.input.InputFile;
import org.backupadvisor.core.spi.Detection;
import org.backupadvisor.core.spi.ProductPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Detection (which files are ours to parse) and the plugin's wiring. */
class CommvaultPluginTest {

    private final CommvaultPlugin plugin = new CommvaultPlugin();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subclient-4711.xml", "storage-policy-17.json", "storage-policy-17-copy-31.json",
            "media-agent-2.json", "jobs.json"})
    void claimsEveryFileOfTheExampleBundle(String name) {
        Detection d = plugin.detect(CommvaultFiles.exampleFile(name)).orElseThrow();

        assertThat(d.score()).isBetween(1, 100);
        assertThat(d.format()).isEqualTo("commvault");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subclient/get-bare.json", "subclient/get-wrapped.json", "subclient/get-attributes.xml",
            "subclient/get-elements.xml", "subclient/update-request.xml"})
    void claimsEverySubclientSpelling(String path) {
        assertThat(plugin.detect(CommvaultFiles.resource(path))).isPresent();
    }

    @Test
    void claimsQoperationAndV2Documents() {
        assertThat(plugin.detect(file("sp.xml", "<App_UpdateStoragePolicyReq storagePolicyName=\"SP\"/>"))).isPresent();
        assertThat(plugin.detect(file("copy.xml", "<App_UpdateStoragePolicyCopyReq/>"))).isPresent();
        assertThat(plugin.detect(file("put.json", "{\"storagePolicyCopyInfo\": {}}"))).isPresent();
        assertThat(plugin.detect(file("mas.json", "{\"mediaAgentList\": []}"))).isPresent();
    }

    @Test
    void claimsJsonWithByteOrderMarkAndLeadingWhitespace() {
        byte[] body = "\n  {\"policies\": [{\"storagePolicy\": {\"storagePolicyName\": \"SP\"}}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(plugin.detect(new InputFile("sp.json", withBom))).isPresent();
    }

    @Test
    void refusesNetBackupPolicyListing() {
        InputFile bppllist = file("bppllist.txt", """
                Policy Name:       WEEKLY_FULL
                Policy Type:       Standard
                Active:            yes
                Max Jobs/Policy:   4
                Residence:         stu_lto5_backup01
                Client/HW/OS/Pri:  backup01 Linux RedHat 0
                Include:           /mnt/shows
                """);

        assertThat(plugin.detect(bppllist)).isEmpty();
    }

    @Test
    void refusesPlainTextThatMentionsCommvaultFields() {
        assertThat(plugin.detect(file("notes.txt", "raised subClientProperties numberOfBackupStreams to 4\n"))).isEmpty();
    }

    @Test
    void refusesUnrelatedJsonAndXml() {
        assertThat(plugin.detect(file("inventory.json", """
                {"hosts": [{"name": "backup01", "policy": "weekly", "storage": "lto5"}]}
                """))).isEmpty();
        assertThat(plugin.detect(file("array.json", "[1, 2, 3]"))).isEmpty();
        assertThat(plugin.detect(file("pom.xml", "<project><artifactId>x</artifactId></project>"))).isEmpty();
        assertThat(plugin.detect(file("empty.json", ""))).isEmpty();
    }

    @Test
    void everyDetectedExampleFileAlsoParses() {
        List<InputFile> claimed = CommvaultFiles.exampleFiles().stream()
                .filter(f -> plugin.detect(f).isPresent()).toList();

        assertThat(claimed).hasSize(CommvaultFiles.exampleFiles().size());
        assertThat(plugin.parse(claimed).objects()).hasSize(4);
    }

    @Test
    void isRegisteredAsAServiceAndNamesItsFormats() {
        assertThat(ServiceLoader.load(ProductPlugin.class).stream().map(ServiceLoader.Provider::type))
                .contains(CommvaultPlugin.class);
        assertThat(plugin.id()).isEqualTo("commvault");
        assertThat(plugin.formats()).anySatisfy(f -> assertThat(f).contains("GET /Subclient/{id}"))
                .anySatisfy(f -> assertThat(f).contains("qoperation App_UpdateStoragePolicyCopyReq"));
    }
}
