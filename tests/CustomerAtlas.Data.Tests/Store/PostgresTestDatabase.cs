using Npgsql;

namespace CustomerAtlas.Data.Tests.Store;

/// <summary>
/// A fresh, empty database on the PostgreSQL that scripts/services/postgres-start.sh started
/// (its connection string arrives in ATLAS_PG_CONNECTION), dropped again at the end.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    private string? adminConnection;
    private string? name;

    /// <summary>Connection string of the test's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The server's connection string from the environment, or a clear failure.</summary>
    public static string ServerConnection =>
        Environment.GetEnvironmentVariable("ATLAS_PG_CONNECTION") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "ATLAS_PG_CONNECTION is not set: run the tests through scripts/test.sh, or start "
                + "scripts/services/postgres-start.sh <dir> and export the line it writes to <dir>/postgres.env.");

    public async Task InitializeAsync()
    {
        adminConnection = ServerConnection;
        name = "atlas_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(adminConnection))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name, Pooling = false }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (adminConnection is null || name is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a scalar query against the test database.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
