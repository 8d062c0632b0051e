package org.backupadvisor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.backupadvisor.core.analysis.Analysis;
import org.backupadvisor.core.analysis.AnalysisJson;
import org.junit.jupiter.api.Test;

/**
 * S1 again, from the qoperation XML documents an admin keeps as configuration-as-code (child elements,
 * SET_FALSE flags, "2" = not set) instead of REST GET responses: the same environment must give the same plan.
 */
class S1ConfigurationAsCodeTest {
    private static Analysis analyse(String folder) {
        Cli.Result r = Cli.run("analyze", folder, "--window", "48h", "--size", "30TB", "--measured", "290GB/hr",
                "--measure", "tape.drives=2", "--measure", "tape.driveWrite=120MB/s",
                "--measure", "source.readPerStream=253MB/s", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        return AnalysisJson.read(r.out());
    }

    private static Map<String, Object> plan(Analysis a) {
        return a.recommendations().stream().collect(Collectors.toMap(Analysis.Rec::setting, Analysis.Rec::recommended));
    }

    @Test
    void qoperationDocumentsGiveTheSamePlanAsRestResponses() {
        Analysis rest = analyse("../examples/commvault/weekend-window/");
        Analysis qop = analyse("../examples/commvault/weekend-window-qoperation/");

        assertThat(qop.inputs()).extracting(Analysis.Input::format).contains(
                "qoperation App_UpdateSubClientPropertiesRequest", "qoperation App_UpdateStoragePolicyReq",
                "qoperation App_UpdateStoragePolicyCopyReq");
        assertThat(plan(qop)).isEqualTo(plan(rest));
        assertThat(qop.recommendations()).extracting(Analysis.Rec::setting)
                .containsExactlyElementsOf(rest.recommendations().stream().map(Analysis.Rec::setting).toList());
        assertThat(qop.projected().bytesPerSecond()).isEqualTo(rest.projected().bytesPerSecond());
        assertThat(qop.targetMet()).isTrue();
        assertThat(qop.bottleneck().stage()).isEqualTo("target-device");
    }
}
