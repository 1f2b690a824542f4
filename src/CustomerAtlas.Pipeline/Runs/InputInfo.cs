namespace CustomerAtlas.Pipeline.Runs;

/// <summary>The input a run was fitted on.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="Bytes">File size.</param>
/// <param name="Rows">Rows read.</param>
public sealed record InputInfo(string Path, string Sha256, long Bytes, long Rows)
{
    /// <summary>SHA-256 of a file's bytes as lower-case hex (the form <see cref="Sha256"/> holds).</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        byte[] hash = await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}
