namespace CustomerAtlas.Server.Security;

/// <summary>The server's API keys, looked up by the hash of a presented key.</summary>
public sealed class ApiKeyRegistry
{
    /// <summary>The request header that carries an API key.</summary>
    public const string HeaderName = "X-Api-Key";

    private readonly Dictionary<string, ApiKey> byHash;
    private readonly Dictionary<string, ApiKey> byName;

    /// <summary>Indexes <paramref name="keys"/> by their hashes.</summary>
    public ApiKeyRegistry(IReadOnlyList<ApiKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        byHash = keys.ToDictionary(k => k.Sha256, StringComparer.Ordinal);
        byName = keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
        Keys = keys;
    }

    /// <summary>Every registered key.</summary>
    public IReadOnlyList<ApiKey> Keys { get; }

    /// <summary>The key whose hash matches <paramref name="presented"/>, or null.</summary>
    public ApiKey? Find(string presented) => byHash.GetValueOrDefault(ApiKeyFile.Hash(presented));

    /// <summary>The key named <paramref name="name"/>, or null.</summary>
    public ApiKey? FindByName(string name) => byName.GetValueOrDefault(name);
}
