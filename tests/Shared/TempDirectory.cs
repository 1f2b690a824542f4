namespace CustomerAtlas.Testing;

/// <summary>
/// A fresh folder under the system temporary path for one test or fixture, deleted with everything in
/// it on dispose, so test runs leave nothing behind in /tmp (each automatic run writes megabytes).
/// </summary>
internal sealed class TempDirectory : IDisposable, IAsyncDisposable
{
    /// <summary>Creates the folder; its name starts with <paramref name="prefix"/> to tell whose it is.</summary>
    public TempDirectory(string prefix = "atlas-test-")
    {
        FullName = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string FullName { get; }

    /// <summary>A path inside the folder (nothing is created there).</summary>
    public string PathOf(params string[] parts) => Path.Combine([FullName, .. parts]);

    /// <summary>Writes a text file inside the folder and returns its path.</summary>
    public string WriteText(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Deletes the folder and its contents (a second call does nothing).</summary>
    public void Dispose()
    {
        if (Directory.Exists(FullName))
        {
            Directory.Delete(FullName, recursive: true);
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
