package org.backupadvisor.server.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of {@code db/migration} through plain JDBC (portable SQL, H2 and PostgreSQL). Callers hold the
 * transaction: an analysis and its inputs are written together or not at all.
 */
@Repository
public class AnalysisStore {
    private final JdbcClient jdbc;

    public AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredAnalysis(String id, Instant createdAt, String client, String idempotencyKey,
                                 String requestSha256, String products, Boolean targetMet, String verdict,
                                 Double targetBps, Double projectedBps, String json) {
    }

    public record StoredInput(int ordinal, String fileName, String product, String format, String sha256,
                              Long sizeBytes, String contentBase64) {
    }

    public record Summary(String id, Instant createdAt, String products, Boolean targetMet, String verdict,
                          Double targetBps, Double projectedBps, int inputs) {
    }

    public record StoredVerification(String id, String analysisId, Instant createdAt, String client,
                                     double measuredBps, String measuredSource, double projectedBps, double lowBps,
                                     double highBps, Double targetBps, String verdict, String note) {
    }

    public void insert(StoredAnalysis a, List<StoredInput> inputs) {
        jdbc.sql("""
                insert into analysis (id, created_at, client, idempotency_key, request_sha256, products, target_met,
                                      verdict, target_bps, projected_bps, result_json)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), at(a.createdAt()), a.client(), a.idempotencyKey(), a.requestSha256(), a.products(),
                        a.targetMet(), a.verdict(), a.targetBps(), a.projectedBps(), a.json())
                .update();
        for (StoredInput in : inputs) {
            jdbc.sql("""
                    insert into analysis_input (analysis_id, ordinal, file_name, product, format, sha256, size_bytes,
                                                content_b64)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(a.id(), in.ordinal(), in.fileName(), in.product(), in.format(), in.sha256(),
                            in.sizeBytes(), in.contentBase64())
                    .update();
        }
    }

    public Optional<StoredAnalysis> find(String id) {
        return jdbc.sql("select * from analysis where id = ?").param(id).query(this::analysis).optional();
    }

    public Optional<StoredAnalysis> findByIdempotencyKey(String client, String key) {
        return jdbc.sql("select * from analysis where client = ? and idempotency_key = ?").params(client, key)
                .query(this::analysis).optional();
    }

    public List<StoredInput> inputs(String analysisId) {
        return jdbc.sql("select * from analysis_input where analysis_id = ? order by ordinal").param(analysisId)
                .query((rs, n) -> new StoredInput(rs.getInt("ordinal"), rs.getString("file_name"),
                        rs.getString("product"), rs.getString("format"), rs.getString("sha256"),
                        (Long) rs.getObject("size_bytes", Long.class), rs.getString("content_b64")))
                .list();
    }

    /** One page, newest first; {@code product} and {@code since} optional. */
    public List<Summary> page(String product, Instant since, int page, int size) {
        Where w = where(product, since);
        List<Object> params = new ArrayList<>(w.params());
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select a.id, a.created_at, a.products, a.target_met, a.verdict, a.target_bps, a.projected_bps, "
                        + "(select count(*) from analysis_input i where i.analysis_id = a.id) as inputs "
                        + "from analysis a" + w.sql() + " order by a.created_at desc, a.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new Summary(rs.getString("id"), instant(rs.getTimestamp("created_at")),
                        rs.getString("products"), (Boolean) rs.getObject("target_met", Boolean.class),
                        rs.getString("verdict"), (Double) rs.getObject("target_bps", Double.class),
                        (Double) rs.getObject("projected_bps", Double.class), rs.getInt("inputs")))
                .list();
    }

    public long count(String product, Instant since) {
        Where w = where(product, since);
        return jdbc.sql("select count(*) from analysis a" + w.sql()).params(w.params()).query(Long.class).single();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(String product, Instant since) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (product != null) {
            clauses.add("exists (select 1 from analysis_input i where i.analysis_id = a.id and i.product = ?)");
            params.add(product);
        }
        if (since != null) {
            clauses.add("a.created_at >= ?");
            params.add(at(since));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    public void insert(StoredVerification v) {
        jdbc.sql("""
                insert into verification (id, analysis_id, created_at, client, measured_bps, measured_source,
                                          projected_bps, low_bps, high_bps, target_bps, verdict, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(v.id(), v.analysisId(), at(v.createdAt()), v.client(), v.measuredBps(), v.measuredSource(),
                        v.projectedBps(), v.lowBps(), v.highBps(), v.targetBps(), v.verdict(), v.note())
                .update();
    }

    public List<StoredVerification> verifications(String analysisId) {
        return jdbc.sql("select * from verification where analysis_id = ? order by created_at, id").param(analysisId)
                .query((rs, n) -> verification(rs)).list();
    }

    public Optional<StoredVerification> verification(String analysisId, String id) {
        return jdbc.sql("select * from verification where analysis_id = ? and id = ?").params(analysisId, id)
                .query((rs, n) -> verification(rs)).optional();
    }

    private StoredVerification verification(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredVerification(rs.getString("id"), rs.getString("analysis_id"),
                instant(rs.getTimestamp("created_at")), rs.getString("client"), rs.getDouble("measured_bps"),
                rs.getString("measured_source"), rs.getDouble("projected_bps"), rs.getDouble("low_bps"),
                rs.getDouble("high_bps"), (Double) rs.getObject("target_bps", Double.class), rs.getString("verdict"),
                rs.getString("note"));
    }

    private StoredAnalysis analysis(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredAnalysis(rs.getString("id"), instant(rs.getTimestamp("created_at")), rs.getString("client"),
                rs.getString("idempotency_key"), rs.getString("request_sha256"), rs.getString("products"),
                (Boolean) rs.getObject("target_met", Boolean.class), rs.getString("verdict"),
                (Double) rs.getObject("target_bps", Double.class), (Double) rs.getObject("projected_bps", Double.class),
                rs.getString("result_json"));
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
