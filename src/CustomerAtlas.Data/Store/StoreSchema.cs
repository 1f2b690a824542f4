namespace CustomerAtlas.Data.Store;

/// <summary>
/// The segment store's tables. Every row carries its model version; deleting a version's
/// model row cascades to its segments, profiles and customers, which is how a re-export
/// replaces a version instead of duplicating it.
/// </summary>
internal static class StoreSchema
{
    // model_json is text, not jsonb: the saved model must come back byte for byte so that a
    // model loaded from the store predicts exactly what the exported one did.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS atlas_models (
            model_version  text PRIMARY KEY,
            algorithm      text NOT NULL,
            segment_count  integer NOT NULL,
            created_utc    timestamptz NOT NULL,
            input_sha256   text NULL,
            parent_version text NULL,
            feature_names  text[] NOT NULL,
            model_json     text NOT NULL,
            quality_json   jsonb NOT NULL,
            exported_utc   timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE IF NOT EXISTS atlas_segments (
            model_version text NOT NULL REFERENCES atlas_models (model_version) ON DELETE CASCADE,
            segment_id    integer NOT NULL,
            name          text NOT NULL,
            size          bigint NOT NULL,
            share         double precision NOT NULL,
            centroid      double precision[] NOT NULL,
            drivers       jsonb NOT NULL,
            rules         text[] NOT NULL,
            PRIMARY KEY (model_version, segment_id)
        );
        CREATE TABLE IF NOT EXISTS atlas_profiles (
            model_version text NOT NULL REFERENCES atlas_models (model_version) ON DELETE CASCADE,
            segment_id    integer NOT NULL,
            feature       text NOT NULL,
            mean          double precision NOT NULL,
            median        double precision NOT NULL,
            overall_mean  double precision NOT NULL,
            PRIMARY KEY (model_version, segment_id, feature)
        );
        CREATE TABLE IF NOT EXISTS atlas_customers (
            model_version text NOT NULL REFERENCES atlas_models (model_version) ON DELETE CASCADE,
            customer_id   text NOT NULL,
            segment_id    integer NOT NULL,
            distance      double precision NOT NULL,
            confidence    double precision NOT NULL,
            map_x         double precision NULL,
            map_y         double precision NULL,
            PRIMARY KEY (model_version, customer_id)
        );
        """;

    public const string CopyModels = "COPY atlas_models (model_version, algorithm, segment_count, created_utc, input_sha256, parent_version, feature_names, model_json, quality_json) FROM STDIN (FORMAT BINARY)";

    public const string CopySegments = "COPY atlas_segments (model_version, segment_id, name, size, share, centroid, drivers, rules) FROM STDIN (FORMAT BINARY)";

    public const string CopyProfiles = "COPY atlas_profiles (model_version, segment_id, feature, mean, median, overall_mean) FROM STDIN (FORMAT BINARY)";

    public const string CopyCustomers = "COPY atlas_customers (model_version, customer_id, segment_id, distance, confidence, map_x, map_y) FROM STDIN (FORMAT BINARY)";

    public const string SelectModels = "SELECT model_version, algorithm, segment_count, created_utc, input_sha256, parent_version, feature_names, model_json, quality_json::text FROM atlas_models";
}
