namespace CustomerAtlas.Server.Security;

/// <summary>One API key as the server knows it: never the key itself, only its hash.</summary>
/// <param name="Name">Who or what the key belongs to; also its rate-limit partition.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the key's UTF-8 text.</param>
/// <param name="Scopes">What the key may do (see <see cref="Security.Scopes"/>).</param>
/// <param name="RequestsPerMinute">This key's rate limit; null uses the server's default.</param>
public sealed record ApiKey(string Name, string Sha256, IReadOnlyList<string> Scopes, int? RequestsPerMinute = null);
