using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Server.Hosting;

/// <summary>How the API and dashboard are hosted.</summary>
public sealed record AtlasServerOptions
{
    /// <summary>Addresses to listen on. Default <c>http://127.0.0.1:5080</c>: loopback only until the operator opens it up.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>
    /// Default requests per minute for each API key (a key file entry may set its own). Default 600:
    /// ten a second is ample for dashboards and integrations and stops a runaway client.
    /// </summary>
    public int RequestsPerMinute { get; init; } = 600;

    /// <summary>Requests per minute for each client address without a key. Default 120: only docs, health and the dashboard's files are open.</summary>
    public int AnonymousRequestsPerMinute { get; init; } = 120;

    /// <summary>Largest request body in bytes. Default 4 MiB: about 20,000 scoring rows of a few dozen columns.</summary>
    public long MaxRequestBodyBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>Most rows one <c>POST /score</c> may carry. Default 10,000, so one request cannot hold a worker for long.</summary>
    public int MaxScoreRows { get; init; } = 10_000;

    /// <summary>Most points <c>GET /segments/map</c> returns. Default 5,000: enough to see every segment's shape, light for a browser.</summary>
    public int MaxMapPoints { get; init; } = 5_000;

    /// <summary>Validates the options, reporting every problem at once.</summary>
    public void Validate() =>
        new ParameterErrors()
            .Require(Urls.Count > 0, nameof(Urls), "must list at least one address")
            .Require(RequestsPerMinute >= 1, nameof(RequestsPerMinute), $"must be at least 1 (got {RequestsPerMinute})")
            .Require(AnonymousRequestsPerMinute >= 1, nameof(AnonymousRequestsPerMinute), $"must be at least 1 (got {AnonymousRequestsPerMinute})")
            .Require(MaxRequestBodyBytes >= 1024, nameof(MaxRequestBodyBytes), $"must be at least 1024 (got {MaxRequestBodyBytes})")
            .Require(MaxScoreRows >= 1, nameof(MaxScoreRows), $"must be at least 1 (got {MaxScoreRows})")
            .Require(MaxMapPoints >= 1, nameof(MaxMapPoints), $"must be at least 1 (got {MaxMapPoints})")
            .ThrowIfAny();
}
