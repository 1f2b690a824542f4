using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CustomerAtlas.Data.Store;

/// <summary>
/// Keeps segmentation runs in PostgreSQL. <see cref="WriteAsync"/> replaces one model version
/// in a single transaction with binary COPY (re-running an export replaces, never duplicates);
/// the read methods give the API what it serves.
/// </summary>
public sealed class PostgresSegmentStore
{
    private static readonly JsonSerializerOptions DriverJson = new(JsonSerializerDefaults.Web);
    private readonly string connectionString;

    /// <summary>Creates a store over the database named by an Npgsql connection string.</summary>
    public PostgresSegmentStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Not a valid PostgreSQL connection string: {e.Message}", nameof(connectionString), e);
        }

        this.connectionString = connectionString;
    }

    /// <summary>
    /// Writes <paramref name="run"/> under its model version: creates the tables if needed,
    /// deletes whatever that version held and copies the new rows, all in one transaction.
    /// </summary>
    public async Task WriteAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        RunRecordChecks.EnsureConsistent(run);
        string version = run.Model.Version;

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, StoreSchema.Create, cancellationToken).ConfigureAwait(false);

        // Two exports of the same version at once would both delete then both insert; the
        // transaction-scoped advisory lock makes the second wait for the first to commit.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", connection))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter { Value = version });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM atlas_models WHERE model_version = $1", connection))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = version });
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await CopyModelAsync(connection, run.Model, cancellationToken).ConfigureAwait(false);
        await CopySegmentsAsync(connection, version, run.Segments, cancellationToken).ConfigureAwait(false);
        await CopyProfilesAsync(connection, version, run.Profiles, cancellationToken).ConfigureAwait(false);
        await CopyCustomersAsync(connection, version, run.Customers, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every stored model version, newest first.</summary>
    public async Task<IReadOnlyList<ModelRecord>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!await TablesExistAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        await using var command = new NpgsqlCommand(StoreSchema.SelectModels + " ORDER BY created_utc DESC, exported_utc DESC", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var models = new List<ModelRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            models.Add(new ModelRecord(
                Version: reader.GetString(0),
                Algorithm: reader.GetString(1),
                SegmentCount: reader.GetInt32(2),
                CreatedUtc: reader.GetFieldValue<DateTimeOffset>(3),
                InputSha256: reader.IsDBNull(4) ? null : reader.GetString(4),
                ParentVersion: reader.IsDBNull(5) ? null : reader.GetString(5),
                FeatureNames: reader.GetFieldValue<string[]>(6),
                ModelJson: reader.GetString(7),
                QualityJson: reader.GetString(8)));
        }

        return models;
    }

    /// <summary>
    /// Reads a whole run back: <paramref name="version"/>, or the newest version when null.
    /// Throws <see cref="KeyNotFoundException"/> when the store holds no such version.
    /// </summary>
    public async Task<RunRecord> ReadRunAsync(string? version = null, CancellationToken cancellationToken = default)
    {
        var models = await ListModelsAsync(cancellationToken).ConfigureAwait(false);
        var model = (version is null ? models.FirstOrDefault() : models.FirstOrDefault(m => m.Version == version))
            ?? throw new KeyNotFoundException(version is null
                ? "The segment store holds no model yet; run `atlas export` first."
                : $"The segment store holds no model version '{version}'.");

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var segments = await ReadSegmentsAsync(connection, model.Version, cancellationToken).ConfigureAwait(false);
        var profiles = await ReadProfilesAsync(connection, model.Version, cancellationToken).ConfigureAwait(false);
        var customers = await ReadCustomersAsync(connection, model.Version, cancellationToken).ConfigureAwait(false);
        return new RunRecord(model, segments, profiles, customers);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> TablesExistAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('atlas_models') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task CopyModelAsync(NpgsqlConnection connection, ModelRecord model, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(StoreSchema.CopyModels, cancellationToken).ConfigureAwait(false);
        await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.Version, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.Algorithm, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.SegmentCount, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.CreatedUtc.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
        await WriteNullableAsync(importer, model.InputSha256, cancellationToken).ConfigureAwait(false);
        await WriteNullableAsync(importer, model.ParentVersion, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.FeatureNames.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.ModelJson, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        await importer.WriteAsync(model.QualityJson, NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopySegmentsAsync(NpgsqlConnection connection, string version, IReadOnlyList<SegmentRecord> segments, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(StoreSchema.CopySegments, cancellationToken).ConfigureAwait(false);
        foreach (var segment in segments)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(version, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Id, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Name, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Size, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Share, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Centroid.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(JsonSerializer.Serialize(segment.Drivers, DriverJson), NpgsqlDbType.Jsonb, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(segment.Rules.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyProfilesAsync(NpgsqlConnection connection, string version, IReadOnlyList<ProfileRecord> profiles, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(StoreSchema.CopyProfiles, cancellationToken).ConfigureAwait(false);
        foreach (var profile in profiles)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(version, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(profile.SegmentId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(profile.Feature, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(profile.Mean, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(profile.Median, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(profile.OverallMean, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyCustomersAsync(NpgsqlConnection connection, string version, IReadOnlyList<CustomerRecord> customers, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(StoreSchema.CopyCustomers, cancellationToken).ConfigureAwait(false);
        foreach (var customer in customers)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(version, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(customer.CustomerId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(customer.SegmentId, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(customer.Distance, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(customer.Confidence, NpgsqlDbType.Double, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(importer, customer.MapX, cancellationToken).ConfigureAwait(false);
            await WriteNullableAsync(importer, customer.MapY, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, double? value, CancellationToken cancellationToken) =>
        value is { } v ? importer.WriteAsync(v, NpgsqlDbType.Double, cancellationToken) : importer.WriteNullAsync(cancellationToken);

    private static async Task<IReadOnlyList<SegmentRecord>> ReadSegmentsAsync(NpgsqlConnection connection, string version, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT segment_id, name, size, share, centroid, drivers::text, rules FROM atlas_segments WHERE model_version = $1 ORDER BY segment_id";
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var segments = new List<SegmentRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            segments.Add(new SegmentRecord(
                Id: reader.GetInt32(0),
                Name: reader.GetString(1),
                Size: reader.GetInt64(2),
                Share: reader.GetDouble(3),
                Centroid: reader.GetFieldValue<double[]>(4),
                Drivers: JsonSerializer.Deserialize<DriverRecord[]>(reader.GetString(5), DriverJson) ?? [],
                Rules: reader.GetFieldValue<string[]>(6)));
        }

        return segments;
    }

    private static async Task<IReadOnlyList<ProfileRecord>> ReadProfilesAsync(NpgsqlConnection connection, string version, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT segment_id, feature, mean, median, overall_mean FROM atlas_profiles WHERE model_version = $1 ORDER BY segment_id, feature";
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var profiles = new List<ProfileRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            profiles.Add(new ProfileRecord(reader.GetInt32(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4)));
        }

        return profiles;
    }

    private static async Task<IReadOnlyList<CustomerRecord>> ReadCustomersAsync(NpgsqlConnection connection, string version, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT customer_id, segment_id, distance, confidence, map_x, map_y FROM atlas_customers WHERE model_version = $1 ORDER BY customer_id";
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var customers = new List<CustomerRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            customers.Add(new CustomerRecord(
                reader.GetString(0),
                reader.GetInt32(1),
                reader.GetDouble(2),
                reader.GetDouble(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5)));
        }

        return customers;
    }
}
