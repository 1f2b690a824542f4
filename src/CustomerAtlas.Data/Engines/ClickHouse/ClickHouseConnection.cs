namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>
/// Where a ClickHouse cluster answers and who to be. The password never appears in
/// <see cref="ToString"/>, URLs or exception messages: it travels only in a request header.
/// </summary>
public sealed record ClickHouseConnection
{
    /// <summary>Environment variable holding the HTTP URL of the initiator shard.</summary>
    public const string UrlVariable = "ATLAS_CLICKHOUSE_URL";
    /// <summary>Environment variable prefix for the other shards' HTTP URLs: ATLAS_CLICKHOUSE_URL2, ATLAS_CLICKHOUSE_URL3, ...</summary>
    public const string ShardUrlVariablePrefix = "ATLAS_CLICKHOUSE_URL";
    /// <summary>Environment variable holding the cluster name from the servers' remote_servers section.</summary>
    public const string ClusterVariable = "ATLAS_CLICKHOUSE_CLUSTER";
    /// <summary>Environment variable holding the user name.</summary>
    public const string UserVariable = "ATLAS_CLICKHOUSE_USER";
    /// <summary>Environment variable holding the password.</summary>
    public const string PasswordVariable = "ATLAS_CLICKHOUSE_PASSWORD";

    /// <summary>Creates a connection description.</summary>
    /// <param name="url">HTTP endpoint of one server, e.g. http://127.0.0.1:8123.</param>
    /// <param name="cluster">Cluster name for Distributed tables, or null for a single server.</param>
    /// <param name="user">User name; ClickHouse's own default is "default".</param>
    /// <param name="password">Password, or null for none.</param>
    /// <param name="shardUrls">HTTP URLs of every server of the cluster in shard order (DDL runs on each, since
    /// 18.16 has no ON CLUSTER without ZooKeeper); null or empty means just <paramref name="url"/>.</param>
    /// <param name="database">Database every request runs in (created on each server by <see cref="ClickHouseCluster.EnsureDatabaseAsync"/>); null = the server's default.</param>
    public ClickHouseConnection(Uri url, string? cluster = null, string user = "default", string? password = null, IReadOnlyList<Uri>? shardUrls = null,
        string? database = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"ClickHouse URL must be an absolute http(s) URL, got '{url}'.", nameof(url));
        if (!string.IsNullOrEmpty(url.UserInfo))
            throw new ArgumentException("Put ClickHouse credentials in ATLAS_CLICKHOUSE_USER/ATLAS_CLICKHOUSE_PASSWORD, not in the URL.", nameof(url));
        if (cluster is not null && cluster.Length == 0)
            throw new ArgumentException("Cluster name must not be empty (use null for a single server).", nameof(cluster));
        ArgumentException.ThrowIfNullOrEmpty(user);
        Url = url;
        Cluster = cluster;
        User = user;
        Password = password;
        ShardUrls = shardUrls is { Count: > 0 } ? [.. shardUrls] : [url];
        if (database is not null && (database.Length == 0 || !database.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
            throw new ArgumentException($"Database name '{database}' must be letters, digits and underscores.", nameof(database));
        Database = database;
    }

    /// <summary>Database the requests run in (null = the server's default database).</summary>
    public string? Database { get; }

    /// <summary>The same servers and credentials, working in <paramref name="database"/>.</summary>
    public ClickHouseConnection WithDatabase(string? database) => new(Url, Cluster, User, Password, ShardUrls, database);

    /// <summary>HTTP URLs of all servers of the cluster (the initiator first when it is one of them).</summary>
    public IReadOnlyList<Uri> ShardUrls { get; }

    /// <summary>HTTP endpoint of the server that initiates queries.</summary>
    public Uri Url { get; }
    /// <summary>Cluster name (null = one server, tables are plain MergeTree).</summary>
    public string? Cluster { get; }
    /// <summary>User name sent in the X-ClickHouse-User header.</summary>
    public string User { get; }
    /// <summary>Password sent in the X-ClickHouse-Key header; never printed.</summary>
    public string? Password { get; }

    /// <summary>
    /// Builds a connection from an explicit URL/cluster (CLI options win) falling back to the
    /// ATLAS_CLICKHOUSE_* environment variables; credentials only ever come from the environment.
    /// </summary>
    /// <param name="urls">Comma-separated HTTP URLs, the initiator first then the other shards; null reads
    /// ATLAS_CLICKHOUSE_URL, ATLAS_CLICKHOUSE_URL2, ... from the environment.</param>
    /// <param name="cluster">Cluster name; null reads ATLAS_CLICKHOUSE_CLUSTER.</param>
    public static ClickHouseConnection FromEnvironment(string? urls = null, string? cluster = null)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(urls))
        {
            texts.AddRange(urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        else
        {
            var first = Environment.GetEnvironmentVariable(UrlVariable);
            if (!string.IsNullOrWhiteSpace(first)) texts.Add(first);
            for (var i = 2; Environment.GetEnvironmentVariable(ShardUrlVariablePrefix + i) is { Length: > 0 } more; i++) texts.Add(more);
        }
        if (texts.Count == 0)
            throw new ArgumentException($"No ClickHouse URL: pass --engine-url or set {UrlVariable}.", nameof(urls));
        var uris = texts.Select(t => Uri.TryCreate(t, UriKind.Absolute, out var u)
            ? u : throw new ArgumentException($"ClickHouse URL '{t}' is not a valid absolute URL.", nameof(urls))).ToList();
        var user = Environment.GetEnvironmentVariable(UserVariable);
        return new ClickHouseConnection(
            uris[0],
            cluster ?? NullIfEmpty(Environment.GetEnvironmentVariable(ClusterVariable)),
            string.IsNullOrEmpty(user) ? "default" : user,
            NullIfEmpty(Environment.GetEnvironmentVariable(PasswordVariable)),
            uris);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>Describes the connection without its password.</summary>
    public override string ToString() =>
        $"ClickHouse {Url} user={User}{(Cluster is null ? "" : " cluster=" + Cluster)}{(Password is null ? "" : " password=***")}";
}
