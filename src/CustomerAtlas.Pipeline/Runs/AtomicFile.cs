namespace CustomerAtlas.Pipeline.Runs;

/// <summary>
/// Writes a file through a temporary sibling and a rename: readers see the old file or the whole new one, never
/// a part, and a failed write leaves neither a partial file nor the temporary behind.
/// </summary>
public static class AtomicFile
{
    /// <summary>Calls <paramref name="writeTemporary"/> with a temporary path beside <paramref name="path"/>, then renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> writeTemporary)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(writeTemporary);
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.tmp-{Guid.NewGuid():N}");
        try
        {
            writeTemporary(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
