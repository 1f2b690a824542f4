using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Server.Security;

/// <summary>
/// Reads, writes and creates the API key file: <c>{"keys":[{"name":..,"sha256":..,"scopes":[..],"requestsPerMinute":..}]}</c>.
/// The file holds only SHA-256 hashes; API keys are 256 random bits, so a fast hash is enough
/// (no dictionary to guess from) and keeps the per-request check cheap.
/// </summary>
public static class ApiKeyFile
{
    private const string KeyPrefix = "atlas_";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Lower-case hex SHA-256 of <paramref name="key"/>.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>A fresh random key (shown to its owner once) and the entry that stores its hash.</summary>
    public static (string Key, ApiKey Entry) Create(string name, IReadOnlyList<string> scopes, int? requestsPerMinute = null)
    {
        string key = KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var entry = new ApiKey(name, Hash(key), scopes, requestsPerMinute);
        Validate([entry], nameof(name));
        return (key, entry);
    }

    /// <summary>
    /// Creates a key named <paramref name="name"/>, adds its hash to the key file at
    /// <paramref name="path"/> (created when missing) and returns the key, which is shown once and stored nowhere.
    /// </summary>
    public static string AddKey(string path, string name, IReadOnlyList<string> scopes, int? requestsPerMinute = null)
    {
        var existing = File.Exists(path) ? Load(path) : [];
        if (existing.Any(k => k.Name == name))
        {
            throw new InvalidDataException($"The key file '{path}' already has a key named '{name}'.");
        }

        var (key, entry) = Create(name, scopes, requestsPerMinute);
        Save(path, [.. existing, entry]);
        return key;
    }

    /// <summary>Loads and validates a key file; problems name the file.</summary>
    public static IReadOnlyList<ApiKey> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"API key file '{path}' does not exist.", path);
        }

        Document? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<Document>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"API key file '{path}' is not valid JSON: {e.Message}", e);
        }

        var keys = document?.Keys ?? throw new InvalidDataException($"API key file '{path}' has no \"keys\" array.");
        try
        {
            Validate(keys, nameof(path));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"API key file '{path}': {e.Message}", e);
        }

        return keys;
    }

    /// <summary>Writes <paramref name="keys"/> to <paramref name="path"/> (temp file, then rename).</summary>
    public static void Save(string path, IReadOnlyList<ApiKey> keys)
    {
        Validate(keys, nameof(keys));
        AtomicFile.Write(path, temp => File.WriteAllText(temp, JsonSerializer.Serialize(new Document(keys.ToList()), Json)));
    }

    private static void Validate(IReadOnlyList<ApiKey> keys, string parameter)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (string.IsNullOrWhiteSpace(key.Name) || !names.Add(key.Name))
            {
                throw new ArgumentException($"key name '{key.Name}' is empty or used twice.", parameter);
            }

            if (key.Sha256 is null || key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigitLower) || !hashes.Add(key.Sha256))
            {
                throw new ArgumentException($"key '{key.Name}' needs a unique \"sha256\" of 64 lower-case hex digits.", parameter);
            }

            var unknown = (key.Scopes ?? []).Where(s => !Scopes.All.Contains(s)).ToArray();
            if (key.Scopes is null || key.Scopes.Count == 0 || unknown.Length > 0)
            {
                throw new ArgumentException(
                    $"key '{key.Name}' has scopes [{string.Join(", ", key.Scopes ?? [])}]; each key needs one or more of: {string.Join(", ", Scopes.All)}.", parameter);
            }

            if (key.RequestsPerMinute is < 1)
            {
                throw new ArgumentException($"key '{key.Name}' has requestsPerMinute {key.RequestsPerMinute}; it must be at least 1.", parameter);
            }
        }
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record Document(List<ApiKey> Keys);
}
