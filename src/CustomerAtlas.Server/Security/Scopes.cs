namespace CustomerAtlas.Server.Security;

/// <summary>The permissions an API key can hold; each protected endpoint requires one.</summary>
public static class Scopes
{
    /// <summary>Read segments, customers, models and the quality summary.</summary>
    public const string Read = "read";

    /// <summary>Score new customers with <c>POST /score</c>.</summary>
    public const string Score = "score";

    /// <summary>Every scope, for validating key files.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Read, Score };

    /// <summary>The claim type that carries a key's scopes.</summary>
    public const string ClaimType = "scope";
}
