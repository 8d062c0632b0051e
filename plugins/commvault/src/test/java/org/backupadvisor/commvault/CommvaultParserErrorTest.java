package org.backupadvisor.commvault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.backupadvisor.commvault.CommvaultFiles.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backupadvisor.core.input.InputException;
import org.backupadvisor.core.input.InputFile;
import org.junit.jupiter.api.Test;

/**
 * Bad exports are {@link InputException}s with one line a user can act on: the file name first, then "line N" where
 * the offending node has one, then what was expected.
 */
class CommvaultParserErrorTest {

    private static InputException error(InputFile... files) {
        InputException e = catchThrowableOfType(InputException.class, () -> CommvaultFiles.parse(files));
        assertThat(e).as("expected an InputException").isNotNull();
        assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain("\r");
        return e;
    }

    @Test
    void validJsonThatIsNoCommvaultDocumentListsTheAcceptedFormats() {
        InputException e = error(file("inventory.json", """
                {"hosts": [{"name": "backup01", "os": "Linux"}]}
                """));

        assertThat(e.getMessage()).startsWith("inventory.json: line 1: not a Commvault document")
                .contains("GET /Subclient/{id}", "qoperation App_UpdateSubClientPropertiesRequest",
                        "GET /V2/StoragePolicy/{id}?propertyLevel=10", "qoperation App_UpdateStoragePolicyReq",
                        "GET /V2/StoragePolicy/{sp}/Copy/{copy}", "qoperation App_UpdateStoragePolicyCopyReq",
                        "GET /V4/mediaAgent/{id}", "GET /V2/MediaAgents/{id}", "GET /Job");
    }

    @Test
    void validXmlThatIsNoCommvaultDocument() {
        InputException e = error(file("pom.xml", """
                <project><modelVersion>4.0.0</modelVersion></project>
                """));

        assertThat(e.getMessage()).startsWith("pom.xml: line 1: not a Commvault document").contains("GET /Job");
    }

    @Test
    void subclientPropertiesWithoutSubclientEntity() {
        InputException e = error(file("subclient.json", """
                {
                  "subClientProperties": [
                    {
                      "commonProperties": {"numberOfBackupStreams": 2}
                    }
                  ]
                }
                """));

        assertThat(e.getMessage()).startsWith("subclient.json: line 3: ").contains("subClientEntity");
    }

    @Test
    void subclientEntityWithoutSubclientName() {
        InputException e = error(file("subclient.xml", """
                <App_GetSubClientPropertiesResponse>
                  <subClientProperties>
                    <subClientEntity clientName="backup01" subclientId="4711"/>
                  </subClientProperties>
                </App_GetSubClientPropertiesResponse>
                """));

        assertThat(e.getMessage()).startsWith("subclient.xml: line 3: ").contains("subclientName");
    }

    @Test
    void updateRequestWithoutAssociation() {
        InputException e = error(file("update.xml", """
                <App_UpdateSubClientPropertiesRequest>
                  <subClientProperties><commonProperties numberOfBackupStreams="4"/></subClientProperties>
                </App_UpdateSubClientPropertiesRequest>
                """));

        assertThat(e.getMessage()).startsWith("update.xml: line 1: ").contains("association/entity");
    }

    @Test
    void nonNumericNumberOfBackupStreams() {
        InputException e = error(file("subclient.json", """
                {"subClientProperties": [{
                  "subClientEntity": {"clientName": "c", "subclientName": "s"},
                  "commonProperties": {
                    "numberOfBackupStreams": "abc"
                  }
                }]}
                """));

        assertThat(e.getMessage()).startsWith("subclient.json: line 4: ")
                .contains("numberOfBackupStreams").contains("'abc'").contains("whole number");
    }

    @Test
    void fractionalStreamCountInXmlAttribute() {
        InputException e = error(file("sp.xml", """
                <App_UpdateStoragePolicyReq>
                  <StoragePolicy storagePolicyName="SP"/>
                  <numberOfStreams>2.5</numberOfStreams>
                </App_UpdateStoragePolicyReq>
                """));

        assertThat(e.getMessage()).startsWith("sp.xml: line 3: ").contains("numberOfStreams").contains("'2.5'");
    }

    @Test
    void badFlagValue() {
        InputException e = error(file("copy.json", """
                {"copy": {
                  "StoragePolicyCopy": {"copyName": "Primary", "storagePolicyName": "SP"},
                  "copyFlags": {"useStreamsOverMultiplexing": "maybe"}
                }}
                """));

        assertThat(e.getMessage()).startsWith("copy.json: line 3: ")
                .contains("useStreamsOverMultiplexing").contains("'maybe'").contains("flag");
    }

    @Test
    void policyWithoutName() {
        InputException e = error(file("sp.json", """
                {"policies": [
                  {"storagePolicy": {"storagePolicyId": 17}, "numberOfStreams": 2}
                ]}
                """));

        assertThat(e.getMessage()).startsWith("sp.json: line 2: ").contains("storagePolicyName");
    }

    @Test
    void policyUpdateWithoutName() {
        InputException e = error(file("update_sp.xml", """
                <App_UpdateStoragePolicyReq>
                  <numberOfStreams>4</numberOfStreams>
                </App_UpdateStoragePolicyReq>
                """));

        assertThat(e.getMessage()).startsWith("update_sp.xml: line 1: ").contains("storagePolicyName");
    }

    @Test
    void copyWithoutItsPolicyNameAndNoPolicyGetIsReportedNotFatal() {
        // GET /V2/StoragePolicy/{sp}/Copy/{copy} names the policy only in its URL: with no policy GET listing the
        // copy it cannot be joined; the copy is passed over and said, the rest of the environment stands.
        CommvaultEnvironment env = new CommvaultParser().parse(List.of(file("copy.json", """
                {"copy": {
                  "StoragePolicyCopy": {"copyId": 31, "copyName": "Primary"}
                }}
                """)));

        assertThat(env.copies()).isEmpty();
        assertThat(env.notes()).singleElement().satisfies(n -> assertThat(n).contains("copy.json").contains("copyId 31"));
    }

    @Test
    void mediaAgentListEntryWithoutName() {
        InputException e = error(file("mas.json", """
                {"mediaAgentList": [
                  {"mediaAgent": {"mediaAgentId": 9}}
                ]}
                """));

        assertThat(e.getMessage()).startsWith("mas.json: line 2: ").contains("mediaAgentName");
    }

    @Test
    void nonNumericAverageThroughput() {
        InputException e = error(file("jobs.json", """
                {"jobs": [{"jobSummary": {
                  "jobId": 1, "status": "Completed", "jobType": "Backup",
                  "averageThroughput": "fast"
                }}]}
                """));

        assertThat(e.getMessage()).startsWith("jobs.json: line 3: ").contains("averageThroughput");
    }

    @Test
    void malformedJson() {
        InputException e = error(file("broken.json", """
                {"subClientProperties": [
                  {"subClientEntity": {"clientName": "c",}}
                """));

        assertThat(e.getMessage()).startsWith("broken.json: line 2: malformed JSON");
    }

    @Test
    void truncatedJson() {
        InputException e = error(file("cut.json", "{\"policies\": [\n  {\"storagePolicy\": "));

        assertThat(e.getMessage()).startsWith("cut.json: ").contains("malformed JSON");
    }

    @Test
    void malformedXml() {
        InputException e = error(file("broken.xml", """
                <App_UpdateStoragePolicyReq>
                  <numberOfStreams>4</numberOfStream>
                </App_UpdateStoragePolicyReq>
                """));

        assertThat(e.getMessage()).startsWith("broken.xml: line 2: malformed XML");
    }

    @Test
    void neitherJsonNorXml() {
        InputException e = error(file("notes.txt", "numberOfBackupStreams = 4\n"));

        assertThat(e.getMessage()).startsWith("notes.txt: ");
    }

    @Test
    void xmlDoctypeIsRefused() {
        InputException e = error(file("evil.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE App_UpdateStoragePolicyReq [<!ENTITY streams "600">]>
                <App_UpdateStoragePolicyReq>
                  <StoragePolicy><storagePolicyName>SP</storagePolicyName></StoragePolicy>
                  <numberOfStreams>&streams;</numberOfStreams>
                </App_UpdateStoragePolicyReq>
                """));

        assertThat(e.getMessage()).startsWith("evil.xml: line ").contains("DTD");
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() throws IOException {
        InputException e = error(file("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY name SYSTEM "file:///etc/hostname">]>
                <App_UpdateStoragePolicyReq><storagePolicyName>&name;</storagePolicyName></App_UpdateStoragePolicyReq>
                """));

        assertThat(e.getMessage()).startsWith("xxe.xml: line ").contains("DTD");
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname)) {
            String content = Files.readString(hostname).trim();
            if (!content.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(content);
            }
        }
    }

    @Test
    void errorNamesTheFileItIsIn() {
        InputException e = error(CommvaultFiles.exampleFile("storage-policy-17.json"), file("second.json", """
                {"policies": [{"numberOfStreams": 4}]}
                """));

        assertThat(e.getMessage()).startsWith("second.json: line 1: ");
    }

    @Test
    void theExampleBundleParsesWithoutErrors() {
        List<InputFile> files = CommvaultFiles.exampleFiles();

        assertThat(CommvaultFiles.parse(files).inputs()).hasSize(files.size());
    }
}
