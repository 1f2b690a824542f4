using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Pipeline.Runs;

/// <summary>
/// Writes a run directory atomically: files go to a hidden temporary sibling, which replaces the
/// target only once every file is complete. On failure the temporary folder is removed and the
/// target is left as it was.
/// </summary>
public static class RunDirectory
{
    /// <summary>Throws <see cref="DataSourceException"/> when <paramref name="target"/> cannot be a run directory (it is a file, or its parent is missing).</summary>
    public static void EnsureUsable(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            throw new DataSourceException($"--out {target}: is an existing file; give a folder path.");
        }

        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        if (parent is not null && !Directory.Exists(parent))
        {
            throw new DataSourceException($"--out {target}: the parent folder {parent} does not exist.");
        }
    }

    /// <summary>Runs <paramref name="write"/> on a temporary folder, then moves it onto <paramref name="target"/>.</summary>
    public static async Task WriteAsync(string target, Func<string, Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        EnsureUsable(target);
        string full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full)!;
        string name = Path.GetFileName(full);
        string temp = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        try
        {
            await write(temp).ConfigureAwait(false);
            string? old = null;
            if (Directory.Exists(full))
            {
                old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
                Directory.Move(full, old);
            }

            Directory.Move(temp, full);
            if (old is not null)
            {
                Directory.Delete(old, recursive: true);
            }
        }
        catch
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            throw;
        }
    }
}
